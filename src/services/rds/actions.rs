//! The IAM actions of this service that grants and hand-written statements
//! name, one variant each, spelled exactly as IAM spells them.

crate::iam::actions!(
    /// Amazon RDS IAM database authentication.
    RdsDbAction, "rds-db", {
        /// Connect as a database user with an IAM token.
        Connect => "connect",
    }
);
