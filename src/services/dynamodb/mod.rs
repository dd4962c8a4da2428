//! `dynamodb::Table`: a table encrypted with a customer-managed key, with
//! point-in-time recovery and deletion protection, kept when the stack is
//! deleted, billed on demand; grants name exact actions on the table and
//! each of its indexes.
//!
#![doc = include_str!("defaults.md")]

mod actions;
pub(crate) mod duties;

use serde_json::json;
use typed_builder::TypedBuilder;

pub use actions::DynamoDbAction as Action;

use crate::cfn::l1::dynamodb as l1;
use crate::error::Error;
use crate::iam::{Effect, Grantee, Statement};
use crate::kms::KeyRef;
use crate::removal::Removal;
use crate::template::{Construct, Handle, Intrinsic, LogicalId, Resource, Stack, Value};
use crate::waiver::Waiver;

/// The type of a key attribute.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AttributeType {
    /// A string (`S`).
    String,
    /// A number (`N`).
    Number,
    /// Binary data (`B`).
    Binary,
}

impl AttributeType {
    fn code(self) -> &'static str {
        match self {
            AttributeType::String => "S",
            AttributeType::Number => "N",
            AttributeType::Binary => "B",
        }
    }
}

/// A key attribute: its name and type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribute {
    /// The attribute's name (1-255 bytes).
    pub name: String,
    /// Its type.
    pub kind: AttributeType,
}

impl Attribute {
    /// A string attribute.
    pub fn string(name: impl Into<String>) -> Self {
        Attribute {
            name: name.into(),
            kind: AttributeType::String,
        }
    }

    /// A number attribute.
    pub fn number(name: impl Into<String>) -> Self {
        Attribute {
            name: name.into(),
            kind: AttributeType::Number,
        }
    }

    /// A binary attribute.
    pub fn binary(name: impl Into<String>) -> Self {
        Attribute {
            name: name.into(),
            kind: AttributeType::Binary,
        }
    }
}

/// Which attributes an index copies from the table.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Projection {
    /// The keys only.
    #[default]
    KeysOnly,
    /// The keys and these attributes.
    Include(Vec<String>),
    /// Every attribute.
    All,
}

/// A global secondary index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Index {
    /// The index's name (3-255 letters, digits, `_`, `-`, `.`).
    pub name: String,
    /// Its partition key.
    pub partition_key: Attribute,
    /// Its sort key.
    pub sort_key: Option<Attribute>,
    /// What it copies.
    pub projection: Projection,
}

/// How the table is billed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Billing {
    /// Per request, scaling with traffic (`PAY_PER_REQUEST`).
    #[default]
    OnDemand,
    /// Fixed capacity units for the table and each index.
    Provisioned {
        /// Read capacity units.
        read: u32,
        /// Write capacity units.
        write: u32,
    },
}

/// What a table's stream records of each change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StreamView {
    /// The keys of the changed item.
    KeysOnly,
    /// The item after the change.
    NewImage,
    /// The item before the change.
    OldImage,
    /// The item before and after.
    NewAndOldImages,
}

impl StreamView {
    fn name(self) -> &'static str {
        match self {
            StreamView::KeysOnly => "KEYS_ONLY",
            StreamView::NewImage => "NEW_IMAGE",
            StreamView::OldImage => "OLD_IMAGE",
            StreamView::NewAndOldImages => "NEW_AND_OLD_IMAGES",
        }
    }
}

/// Continuous backups the table can be restored from to any second.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Recovery {
    /// Point-in-time recovery over this many days (1-35).
    Days(u32),
    /// None: only with a waiver of `DYNAMODB_PITR_ENABLED`.
    Off(Waiver),
}

impl Default for Recovery {
    fn default() -> Self {
        Recovery::Days(35)
    }
}

/// A DynamoDB table with stackward's secure defaults.
///
/// ```
/// use stackward::prelude::*;
/// use stackward::dynamodb::{Attribute, Table};
///
/// let mut stack = Stack::new("Orders").unwrap();
/// let orders = stack.add(
///     Table::builder()
///         .id("orders")
///         .partition_key(Attribute::string("pk"))
///         .sort_key(Attribute::string("sk"))
///         .build(),
/// );
/// let t = stack.synth().unwrap();
/// let p = &t.json()["Resources"][orders.id().as_str()];
/// assert_eq!(p["Properties"]["SSESpecification"]["SSEType"], "KMS");
/// assert_eq!(p["Properties"]["PointInTimeRecoverySpecification"]["PointInTimeRecoveryEnabled"], true);
/// assert_eq!(p["Properties"]["DeletionProtectionEnabled"], true);
/// assert_eq!(p["Properties"]["BillingMode"], "PAY_PER_REQUEST");
/// assert_eq!(p["DeletionPolicy"], "Retain");
/// ```
#[derive(Debug, Clone, TypedBuilder)]
#[builder(doc)]
#[non_exhaustive]
pub struct Table {
    /// The user's id; the logical id is its PascalCase form.
    #[builder(setter(into))]
    pub id: String,
    /// The table's name; CloudFormation generates one when unset.
    #[builder(default, setter(into, strip_option))]
    pub name: Option<String>,
    /// The partition (hash) key.
    pub partition_key: Attribute,
    /// The sort (range) key.
    #[builder(default, setter(strip_option))]
    pub sort_key: Option<Attribute>,
    /// Global secondary indexes.
    #[builder(default)]
    pub indexes: Vec<Index>,
    /// The customer-managed key; the stack's default key when unset.
    #[builder(default, setter(strip_option))]
    pub key: Option<KeyRef>,
    /// How the table is billed.
    #[builder(default)]
    pub billing: Billing,
    /// Point-in-time recovery.
    #[builder(default)]
    pub recovery: Recovery,
    /// A stream of changes (for a function to consume).
    #[builder(default, setter(strip_option))]
    pub stream: Option<StreamView>,
    /// The attribute holding each item's expiry time (epoch seconds).
    #[builder(default, setter(into, strip_option))]
    pub time_to_live_attribute: Option<String>,
    /// CloudWatch Contributor Insights on the table and its indexes (the
    /// most accessed and most throttled keys).
    #[builder(default)]
    pub contributor_insights: bool,
    /// Kept, and protected from deletion, unless waived: `Delete` also
    /// turns deletion protection off, so the stack can delete it.
    #[builder(default)]
    pub removal: Removal,
    /// Tags of this table (besides the stack's).
    #[builder(default)]
    pub tags: Vec<(String, String)>,
}

/// A handle to a table in a stack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableRef {
    id: LogicalId,
    key: KeyRef,
    indexes: Vec<String>,
    stream: bool,
}

impl Handle for TableRef {
    fn id(&self) -> &LogicalId {
        &self.id
    }
}

impl TableRef {
    /// The table's ARN (`Fn::GetAtt Table.Arn`).
    pub fn arn(&self) -> Value<String> {
        self.get_att("Arn")
    }

    /// The table's name (`Ref`).
    pub fn name(&self) -> Value<String> {
        self.reference()
    }

    /// The key the table is encrypted with.
    pub fn key(&self) -> &KeyRef {
        &self.key
    }

    /// The stream's ARN (`Fn::GetAtt Table.StreamArn`), when the table has
    /// a stream.
    pub fn stream_arn(&self) -> Option<Value<String>> {
        self.stream.then(|| self.get_att("StreamArn"))
    }

    /// Reads refused for lack of capacity (`AWS/DynamoDB
    /// ReadThrottleEvents`, summed).
    pub fn metric_read_throttle_events(&self) -> crate::cloudwatch::Metric {
        self.metric("ReadThrottleEvents")
    }

    /// Writes refused for lack of capacity (`AWS/DynamoDB
    /// WriteThrottleEvents`, summed).
    pub fn metric_write_throttle_events(&self) -> crate::cloudwatch::Metric {
        self.metric("WriteThrottleEvents")
    }

    fn metric(&self, name: &str) -> crate::cloudwatch::Metric {
        crate::cloudwatch::Metric::of(
            "AWS/DynamoDB",
            name,
            vec![("TableName", self.name())],
            crate::cloudwatch::Statistic::Sum,
        )
    }

    /// The table's ARN and each index's, exactly (no `index/*`).
    fn arns(&self) -> Vec<Value<String>> {
        let mut arns = vec![self.arn()];
        for index in &self.indexes {
            arns.push(
                Intrinsic::join("", vec![self.arn(), format!("/index/{index}").into()]).into(),
            );
        }
        arns
    }

    fn grant_actions(&self, stack: &mut Stack, to: &impl Grantee, actions: &[Action]) {
        let mut statement = Statement::new(Effect::Allow, actions.iter().copied());
        for arn in self.arns() {
            statement = statement.resource(arn);
        }
        stack.grant(to, statement);
    }

    /// Lets `to` read items: get, batch get, query, scan and condition
    /// checks on the table and its indexes, and decrypt with its key.
    ///
    /// ```
    /// use stackward::prelude::*;
    /// use stackward::dynamodb::{Attribute, Table};
    /// let mut stack = Stack::new("Read").unwrap();
    /// let table = stack.add(Table::builder().id("orders").partition_key(Attribute::string("pk")).build());
    /// let app = stack.add(iam::Role::builder().id("app").service("ec2.amazonaws.com").build());
    /// table.grant_read_data(&mut stack, &app);
    /// let t = stack.synth().unwrap();
    /// let s = &t.json()["Resources"]["App"]["Properties"]["Policies"][0]["PolicyDocument"]["Statement"];
    /// assert_eq!(s[0]["Action"][0], "dynamodb:BatchGetItem");
    /// assert_eq!(s[0]["Resource"][0]["Fn::GetAtt"][0], "Orders");
    /// ```
    pub fn grant_read_data(&self, stack: &mut Stack, to: &impl Grantee) {
        self.grant_actions(stack, to, READ);
        self.key.grant_decrypt(stack, to);
    }

    /// Lets `to` write items: put, update, delete and batch write on the
    /// table, and encrypt with its key.
    pub fn grant_write_data(&self, stack: &mut Stack, to: &impl Grantee) {
        self.grant_actions(stack, to, WRITE);
        self.key.grant_encrypt_decrypt(stack, to);
    }

    /// Lets `to` read and write items.
    pub fn grant_read_write_data(&self, stack: &mut Stack, to: &impl Grantee) {
        let both: Vec<Action> = READ
            .iter()
            .chain(WRITE)
            .copied()
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect();
        self.grant_actions(stack, to, &both);
        self.key.grant_encrypt_decrypt(stack, to);
    }

    /// Lets `to` read the table's stream (describe it, get shard iterators
    /// and records) and decrypt with its key. A table without a stream gets
    /// an error naming it.
    pub fn grant_stream_read(&self, stack: &mut Stack, to: &impl Grantee) {
        let Some(stream) = self.stream_arn() else {
            stack.error(Error::invalid(
                self.id.as_str(),
                "StreamSpecification",
                "none",
                "the table has no stream: give it .stream(StreamView::...) to read its changes",
            ));
            return;
        };
        stack.grant(
            to,
            Statement::new(
                Effect::Allow,
                [
                    Action::DescribeStream,
                    Action::GetShardIterator,
                    Action::GetRecords,
                ],
            )
            .resource(stream),
        );
        self.key.grant_decrypt(stack, to);
    }
}

/// What reading items takes.
const READ: &[Action] = &[
    Action::BatchGetItem,
    Action::ConditionCheckItem,
    Action::DescribeTable,
    Action::GetItem,
    Action::Query,
    Action::Scan,
];

/// What writing items takes.
const WRITE: &[Action] = &[
    Action::BatchWriteItem,
    Action::DeleteItem,
    Action::DescribeTable,
    Action::PutItem,
    Action::UpdateItem,
];

/// The longest attribute name DynamoDB takes for a key, in bytes.
const MAX_KEY_NAME: usize = 255;

fn is_table_name(name: &str) -> bool {
    (3..=255).contains(&name.len())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "_-.".contains(c))
}

impl Table {
    fn validate(&self, id: &LogicalId) -> Vec<Error> {
        let mut errors = Vec::new();
        let mut bad = |prop: &str, v: &dyn std::fmt::Display, rule: &str| {
            errors.push(Error::invalid(id.as_str(), prop, v, rule));
        };
        if let Some(name) = &self.name {
            if !is_table_name(name) {
                bad(
                    "TableName",
                    name,
                    "must be 3-255 letters, digits, _, - and .",
                );
            }
        }
        let mut keys = vec![("KeySchema", &self.partition_key)];
        keys.extend(self.sort_key.iter().map(|k| ("KeySchema", k)));
        for index in &self.indexes {
            keys.push(("GlobalSecondaryIndexes.KeySchema", &index.partition_key));
            keys.extend(
                index
                    .sort_key
                    .iter()
                    .map(|k| ("GlobalSecondaryIndexes.KeySchema", k)),
            );
        }
        for (prop, key) in &keys {
            if key.name.is_empty() || key.name.len() > MAX_KEY_NAME {
                bad(prop, &key.name, "a key attribute's name is 1-255 bytes");
            }
        }
        // One attribute, one type, across the table and its indexes.
        for (i, (_, a)) in keys.iter().enumerate() {
            if keys[..i]
                .iter()
                .any(|(_, b)| b.name == a.name && b.kind != a.kind)
            {
                bad(
                    "AttributeDefinitions",
                    &a.name,
                    "an attribute has one type across the table's and its indexes' keys",
                );
            }
        }
        if self
            .sort_key
            .as_ref()
            .is_some_and(|s| s.name == self.partition_key.name)
        {
            bad(
                "KeySchema",
                &self.partition_key.name,
                "the sort key is another attribute than the partition key",
            );
        }
        let mut names: Vec<&str> = Vec::new();
        for index in &self.indexes {
            if !is_table_name(&index.name) {
                bad(
                    "GlobalSecondaryIndexes.IndexName",
                    &index.name,
                    "must be 3-255 letters, digits, _, - and .",
                );
            } else if names.contains(&index.name.as_str()) {
                bad(
                    "GlobalSecondaryIndexes.IndexName",
                    &index.name,
                    "two indexes have this name",
                );
            }
            names.push(&index.name);
            if let Projection::Include(attrs) = &index.projection {
                if attrs.is_empty() || attrs.len() > 100 {
                    bad(
                        "GlobalSecondaryIndexes.Projection.NonKeyAttributes",
                        &index.name,
                        "an index includes 1-100 attributes besides its keys",
                    );
                }
            }
        }
        if self.indexes.len() > 20 {
            bad(
                "GlobalSecondaryIndexes",
                &self.indexes.len(),
                "a table has at most 20 global secondary indexes",
            );
        }
        if let Billing::Provisioned { read, write } = self.billing {
            if read == 0 || write == 0 {
                bad(
                    "ProvisionedThroughput",
                    &format!("{read}/{write}"),
                    "provisioned capacity is at least 1 read and 1 write unit",
                );
            }
        }
        if let Recovery::Days(days) = self.recovery {
            if !(1..=35).contains(&days) {
                bad(
                    "PointInTimeRecoverySpecification.RecoveryPeriodInDays",
                    &days,
                    "must be 1-35 days",
                );
            }
        }
        if let Some(ttl) = &self.time_to_live_attribute {
            if ttl.is_empty() || ttl.len() > MAX_KEY_NAME {
                bad(
                    "TimeToLiveSpecification.AttributeName",
                    ttl,
                    "an attribute's name is 1-255 bytes",
                );
            }
        }
        for (k, v) in &self.tags {
            if !crate::cfn::Tag::is_valid(k, v) {
                bad("Tags", k, crate::cfn::Tag::RULE);
            }
        }
        errors
    }

    fn l1(&self, key: &KeyRef) -> l1::Table {
        let key_schema = |partition: &Attribute, sort: &Option<Attribute>| {
            let mut schema = vec![json!({ "AttributeName": partition.name, "KeyType": "HASH" })];
            if let Some(s) = sort {
                schema.push(json!({ "AttributeName": s.name, "KeyType": "RANGE" }));
            }
            schema
        };
        let throughput = match self.billing {
            Billing::OnDemand => None,
            Billing::Provisioned { read, write } => Some(l1::table::ProvisionedThroughput {
                read_capacity_units: Value::Literal(read.into()),
                write_capacity_units: Value::Literal(write.into()),
            }),
        };
        let insights =
            self.contributor_insights
                .then(|| l1::table::ContributorInsightsSpecification {
                    enabled: Value::Literal(true),
                    ..Default::default()
                });
        let mut attributes: Vec<&Attribute> = Vec::new();
        let all_keys = std::iter::once(&self.partition_key)
            .chain(&self.sort_key)
            .chain(
                self.indexes
                    .iter()
                    .flat_map(|i| std::iter::once(&i.partition_key).chain(&i.sort_key)),
            );
        for a in all_keys {
            if !attributes.iter().any(|b| b.name == a.name) {
                attributes.push(a);
            }
        }
        let indexes: Vec<l1::table::GlobalSecondaryIndex> = self
            .indexes
            .iter()
            .map(|index| l1::table::GlobalSecondaryIndex {
                index_name: index.name.as_str().into(),
                key_schema: key_schema(&index.partition_key, &index.sort_key),
                projection: match &index.projection {
                    Projection::KeysOnly => l1::table::Projection {
                        projection_type: Some("KEYS_ONLY".into()),
                        ..Default::default()
                    },
                    Projection::All => l1::table::Projection {
                        projection_type: Some("ALL".into()),
                        ..Default::default()
                    },
                    Projection::Include(attrs) => l1::table::Projection {
                        projection_type: Some("INCLUDE".into()),
                        non_key_attributes: Some(attrs.iter().map(|a| a.as_str().into()).collect()),
                    },
                },
                provisioned_throughput: throughput.clone(),
                contributor_insights_specification: insights.clone(),
                ..Default::default()
            })
            .collect();
        l1::Table {
            table_name: self.name.clone().map(Value::Literal),
            key_schema: json!(key_schema(&self.partition_key, &self.sort_key)),
            attribute_definitions: Some(
                attributes
                    .iter()
                    .map(|a| l1::table::AttributeDefinition {
                        attribute_name: a.name.as_str().into(),
                        attribute_type: a.kind.code().into(),
                    })
                    .collect(),
            ),
            global_secondary_indexes: (!indexes.is_empty()).then_some(indexes),
            billing_mode: Some(
                match self.billing {
                    Billing::OnDemand => "PAY_PER_REQUEST",
                    Billing::Provisioned { .. } => "PROVISIONED",
                }
                .into(),
            ),
            provisioned_throughput: throughput,
            sse_specification: Some(l1::table::SseSpecification {
                sse_enabled: Value::Literal(true),
                sse_type: Some("KMS".into()),
                kms_master_key_id: Some(key.arn()),
            }),
            point_in_time_recovery_specification: Some(match self.recovery {
                Recovery::Days(days) => l1::table::PointInTimeRecoverySpecification {
                    point_in_time_recovery_enabled: Some(Value::Literal(true)),
                    recovery_period_in_days: Some(Value::Literal(days.into())),
                },
                Recovery::Off(_) => l1::table::PointInTimeRecoverySpecification {
                    point_in_time_recovery_enabled: Some(Value::Literal(false)),
                    ..Default::default()
                },
            }),
            deletion_protection_enabled: Some(Value::Literal(self.removal == Removal::Retain)),
            stream_specification: self.stream.map(|view| l1::table::StreamSpecification {
                stream_view_type: view.name().into(),
                ..Default::default()
            }),
            time_to_live_specification: self.time_to_live_attribute.as_ref().map(|a| {
                l1::table::TimeToLiveSpecification {
                    attribute_name: Some(a.as_str().into()),
                    enabled: Value::Literal(true),
                }
            }),
            contributor_insights_specification: insights,
            tags: crate::cfn::Tag::list(&self.tags),
            ..Default::default()
        }
    }
}

impl Construct for Table {
    type Handle = TableRef;

    fn add_to(self, stack: &mut Stack) -> TableRef {
        let id = stack.construct_id(&self.id, |id| self.validate(id));
        let key = self.key.clone().unwrap_or_else(|| stack.default_key());
        let resource = stack.add_resource(Resource::new(id.clone(), &self.l1(&key)));
        self.removal.apply(resource);
        if let Recovery::Off(w) = &self.recovery {
            resource.waive(w.clone());
        }
        TableRef {
            id,
            key,
            indexes: self.indexes.iter().map(|i| i.name.clone()).collect(),
            stream: self.stream.is_some(),
        }
    }
}

/// This service's entry in [`crate::services::ALL`].
pub(crate) const SERVICE: crate::services::Service = crate::services::Service {
    name: "dynamodb",
    guard: include_str!("rules.guard"),
    rules: duties::RULES,
    duties: &[&duties::TABLE_DUTIES],
    hand_written_l1: Vec::new,
    variants: &[],
    answered: &[],
};
