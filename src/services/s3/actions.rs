//! The IAM actions of this service that grants and hand-written statements
//! name, one variant each, spelled exactly as IAM spells them.

crate::iam::actions!(
    /// Amazon S3 actions.
    S3Action, "s3", {
        /// Read an object.
        GetObject => "GetObject",
        /// Read an object's version.
        GetObjectVersion => "GetObjectVersion",
        /// Write an object.
        PutObject => "PutObject",
        /// Delete an object.
        DeleteObject => "DeleteObject",
        /// Abort a multipart upload.
        AbortMultipartUpload => "AbortMultipartUpload",
        /// List a bucket's keys.
        ListBucket => "ListBucket",
        /// Read a bucket's region.
        GetBucketLocation => "GetBucketLocation",
    }
);
