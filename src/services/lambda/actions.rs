//! The IAM actions of this service that grants and hand-written statements
//! name, one variant each, spelled exactly as IAM spells them.

crate::iam::actions!(
    /// AWS Lambda actions.
    LambdaAction, "lambda", {
        /// Invoke a function.
        InvokeFunction => "InvokeFunction",
        /// Invoke a function through its URL.
        InvokeFunctionUrl => "InvokeFunctionUrl",
    }
);
