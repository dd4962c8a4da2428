//! AWS KMS: the typed errors for key settings.

use stackward::prelude::*;

/// The problems `synth` reports for a stack.
fn problems(stack: &Stack) -> Vec<Error> {
    match stack.synth() {
        Ok(_) => panic!("synth should fail"),
        Err(e) => e.problems().to_vec(),
    }
}

fn invalid(resource: &str, property: &str, value: &str, rule: &str) -> Error {
    Error::InvalidValue {
        resource: resource.into(),
        property: property.into(),
        value: value.into(),
        rule: rule.into(),
    }
}

#[test]
fn key_settings_are_validated() {
    let mut stack = Stack::new("Keys").unwrap();
    stack.add(
        kms::Key::builder()
            .id("k")
            .alias("alias/aws/s3")
            .pending_window_days(3)
            .rotation_period_days(30)
            .build(),
    );
    stack.add(kms::Key::builder().id("j").alias("orders").build());
    assert_eq!(
        problems(&stack),
        vec![
            invalid(
                "K",
                "AliasName",
                "alias/aws/s3",
                "must be alias/ followed by letters, digits, / _ -, at most 256 characters, and not alias/aws/"
            ),
            invalid("K", "PendingWindowInDays", "3", "must be 7-30 days"),
            invalid("K", "RotationPeriodInDays", "30", "must be 90-2560 days"),
            invalid(
                "J",
                "AliasName",
                "orders",
                "must be alias/ followed by letters, digits, / _ -, at most 256 characters, and not alias/aws/"
            ),
        ]
    );
}
