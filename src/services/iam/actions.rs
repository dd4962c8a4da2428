//! Typed IAM actions: the macro each service's `actions.rs` uses to declare
//! its enum (`s3::Action`, `kms::Action`, ...). Each variant names one action
//! exactly; there are no wildcards.

macro_rules! actions {
    ($(#[$doc:meta])* $name:ident, $prefix:literal, { $($(#[$vdoc:meta])* $variant:ident => $action:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name {
            $($(#[$vdoc])* $variant),+
        }

        impl $name {
            /// The action as IAM spells it, e.g. `s3:GetObject`.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => concat!($prefix, ":", $action)),+
                }
            }
        }

        impl From<$name> for String {
            fn from(a: $name) -> String {
                a.as_str().to_owned()
            }
        }
    };
}

pub(crate) use actions;

#[cfg(test)]
mod tests {
    use crate::kms::Action as KmsAction;
    use crate::rds::Action as RdsDbAction;
    use crate::s3::Action as S3Action;

    #[test]
    fn actions_are_spelled_as_iam_spells_them() {
        assert_eq!(S3Action::GetObject.as_str(), "s3:GetObject");
        assert_eq!(RdsDbAction::Connect.as_str(), "rds-db:connect");
        assert_eq!(
            String::from(KmsAction::GenerateDataKey),
            "kms:GenerateDataKey"
        );
    }
}
