//! AWS KMS: the typed errors for key settings.

mod common;

use common::{invalid, problems};
use stackward::prelude::*;

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
