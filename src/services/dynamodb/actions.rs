//! The IAM actions of this service that grants and hand-written statements
//! name, one variant each, spelled exactly as IAM spells them.

crate::iam::actions!(
    /// Amazon DynamoDB actions.
    DynamoDbAction, "dynamodb", {
        /// Read items by key from one or more tables.
        BatchGetItem => "BatchGetItem",
        /// Write or delete many items.
        BatchWriteItem => "BatchWriteItem",
        /// Check a condition inside a transaction.
        ConditionCheckItem => "ConditionCheckItem",
        /// Delete an item.
        DeleteItem => "DeleteItem",
        /// Describe a stream.
        DescribeStream => "DescribeStream",
        /// Describe a table.
        DescribeTable => "DescribeTable",
        /// Read an item.
        GetItem => "GetItem",
        /// Read a stream's records.
        GetRecords => "GetRecords",
        /// Get an iterator over a stream's shard.
        GetShardIterator => "GetShardIterator",
        /// Write an item.
        PutItem => "PutItem",
        /// Query a table or index.
        Query => "Query",
        /// Scan a table or index.
        Scan => "Scan",
        /// Update an item.
        UpdateItem => "UpdateItem",
    }
);
