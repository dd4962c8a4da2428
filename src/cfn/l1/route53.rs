// Written by `cargo xtask codegen` from CloudFormation's resource provider
// schemas; do not edit by hand.

//! L1 structs of the listed `AWS::Route53::*` types.

/// `AWS::Route53::RecordSet`: the resource and its property types.
pub mod record_set {
    #![allow(unused_imports)]
    use std::collections::BTreeMap;

    use serde::Serialize;
    use serde_json::Value as Json;

    use crate::template::{CfnResource, Tagging, Value};

    /// Resource Type definition for AWS::Route53::RecordSet.
    ///
    /// CloudFormation type `AWS::Route53::RecordSet`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct RecordSet {
        /// Alias resource record sets only: Information about the AWS resource, such as a CloudFront distribution or an Amazon S3 bucket, that you want to route traffic to.
        #[serde(rename = "AliasTarget", skip_serializing_if = "Option::is_none")]
        pub alias_target: Option<AliasTarget>,
        /// The object that is specified in resource record set object when you are linking a resource record set to a CIDR location.
        #[serde(rename = "CidrRoutingConfig", skip_serializing_if = "Option::is_none")]
        pub cidr_routing_config: Option<CidrRoutingConfig>,
        /// Optional: Any comments you want to include about a change batch request.
        #[serde(rename = "Comment", skip_serializing_if = "Option::is_none")]
        pub comment: Option<Value<String>>,
        /// To configure failover, you add the Failover element to two resource record sets. For one resource record set, you specify PRIMARY as the value for Failover; for the other resource record set, you specify SECONDARY. In addition, you include the HealthCheckId element and specify the health check that you want Amazon Route 53 to perform for each resource record set.
        #[serde(rename = "Failover", skip_serializing_if = "Option::is_none")]
        pub failover: Option<Value<String>>,
        /// A complex type that lets you control how Amazon Route 53 responds to DNS queries based on the geographic origin of the query.
        #[serde(rename = "GeoLocation", skip_serializing_if = "Option::is_none")]
        pub geo_location: Option<GeoLocation>,
        /// Geoproximity resource record sets only: A complex type that lets you specify where your resources are located. Only one of LocalZoneGroup, Coordinates, or AWSRegion is allowed per request at a time.
        #[serde(
            rename = "GeoProximityLocation",
            skip_serializing_if = "Option::is_none"
        )]
        pub geo_proximity_location: Option<GeoProximityLocation>,
        /// If you want Amazon Route 53 to return this resource record set in response to a DNS query only when the status of a health check is healthy, include the HealthCheckId element and specify the ID of the applicable health check.
        #[serde(rename = "HealthCheckId", skip_serializing_if = "Option::is_none")]
        pub health_check_id: Option<Value<String>>,
        /// The ID of the hosted zone that you want to create records in.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "HostedZoneId", skip_serializing_if = "Option::is_none")]
        pub hosted_zone_id: Option<Value<String>>,
        /// The name of the hosted zone that you want to create records in. You must include a trailing dot (for example, www.example.com.) as part of the HostedZoneName.
        ///
        /// Changing it replaces the resource.
        #[serde(rename = "HostedZoneName", skip_serializing_if = "Option::is_none")]
        pub hosted_zone_name: Option<Value<String>>,
        /// To route traffic approximately randomly to multiple resources, such as web servers, create one multivalue answer record for each resource and specify true for MultiValueAnswer.
        #[serde(rename = "MultiValueAnswer", skip_serializing_if = "Option::is_none")]
        pub multi_value_answer: Option<Value<bool>>,
        /// The name of the record that you want to create, update, or delete.
        ///
        /// Required.
        #[serde(rename = "Name")]
        pub name: Value<String>,
        /// The Amazon EC2 Region where you created the resource that this resource record set refers to.
        #[serde(rename = "Region", skip_serializing_if = "Option::is_none")]
        pub region: Option<Value<String>>,
        /// One or more values that correspond with the value that you specified for the Type property.
        #[serde(rename = "ResourceRecords", skip_serializing_if = "Option::is_none")]
        pub resource_records: Option<Vec<Value<String>>>,
        /// An identifier that differentiates among multiple resource record sets that have the same combination of name and type.
        #[serde(rename = "SetIdentifier", skip_serializing_if = "Option::is_none")]
        pub set_identifier: Option<Value<String>>,
        /// The resource record cache time to live (TTL), in seconds.
        #[serde(rename = "TTL", skip_serializing_if = "Option::is_none")]
        pub ttl: Option<Value<String>>,
        /// The DNS record type.
        ///
        /// Required.
        #[serde(rename = "Type")]
        pub r#type: Value<String>,
        /// Among resource record sets that have the same combination of DNS name and type, a value that determines the proportion of DNS queries that Amazon Route 53 responds to using the current resource record set. Route 53 calculates the sum of the weights for the resource record sets that have the same combination of DNS name and type. Route 53 then responds to queries based on the ratio of a resource's weight ...
        #[serde(rename = "Weight", skip_serializing_if = "Option::is_none")]
        pub weight: Option<Value<i64>>,
    }

    impl CfnResource for RecordSet {
        const TYPE: &'static str = "AWS::Route53::RecordSet";
        const TAGGING: Tagging = Tagging::None;
    }

    /// The `AliasTarget` property type of `AWS::Route53::RecordSet`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct AliasTarget {
        /// The value that you specify depends on where you want to route queries.
        ///
        /// Required.
        #[serde(rename = "DNSName")]
        pub dns_name: Value<String>,
        /// When EvaluateTargetHealth is true, an alias resource record set inherits the health of the referenced AWS resource, such as an ELB load balancer or another resource record set in the hosted zone.
        #[serde(
            rename = "EvaluateTargetHealth",
            skip_serializing_if = "Option::is_none"
        )]
        pub evaluate_target_health: Option<Value<bool>>,
        /// The value used depends on where you want to route traffic.
        ///
        /// Required.
        #[serde(rename = "HostedZoneId")]
        pub hosted_zone_id: Value<String>,
    }

    /// The `CidrRoutingConfig` property type of `AWS::Route53::RecordSet`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct CidrRoutingConfig {
        /// The CIDR collection ID.
        ///
        /// Required.
        #[serde(rename = "CollectionId")]
        pub collection_id: Value<String>,
        /// The CIDR collection location name.
        ///
        /// Required.
        #[serde(rename = "LocationName")]
        pub location_name: Value<String>,
    }

    /// The `Coordinates` property type of `AWS::Route53::RecordSet`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct Coordinates {
        /// Specifies a coordinate of the north–south position of a geographic point on the surface of the Earth.
        ///
        /// Required.
        #[serde(rename = "Latitude")]
        pub latitude: Value<String>,
        /// Specifies a coordinate of the east–west position of a geographic point on the surface of the Earth.
        ///
        /// Required.
        #[serde(rename = "Longitude")]
        pub longitude: Value<String>,
    }

    /// The `GeoLocation` property type of `AWS::Route53::RecordSet`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct GeoLocation {
        /// For geolocation resource record sets, a two-letter abbreviation that identifies a continent.
        #[serde(rename = "ContinentCode", skip_serializing_if = "Option::is_none")]
        pub continent_code: Option<Value<String>>,
        /// For geolocation resource record sets, the two-letter code for a country.
        #[serde(rename = "CountryCode", skip_serializing_if = "Option::is_none")]
        pub country_code: Option<Value<String>>,
        /// For geolocation resource record sets, the two-letter code for a state of the United States.
        #[serde(rename = "SubdivisionCode", skip_serializing_if = "Option::is_none")]
        pub subdivision_code: Option<Value<String>>,
    }

    /// The `GeoProximityLocation` property type of `AWS::Route53::RecordSet`.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    pub struct GeoProximityLocation {
        /// The AWS Region the resource you are directing DNS traffic to, is in.
        #[serde(rename = "AWSRegion", skip_serializing_if = "Option::is_none")]
        pub aws_region: Option<Value<String>>,
        /// The bias increases or decreases the size of the geographic region from which Route 53 routes traffic to a resource.
        #[serde(rename = "Bias", skip_serializing_if = "Option::is_none")]
        pub bias: Option<Value<i64>>,
        /// Contains the longitude and latitude for a geographic region.
        #[serde(rename = "Coordinates", skip_serializing_if = "Option::is_none")]
        pub coordinates: Option<Coordinates>,
        /// Specifies an AWS Local Zone.
        #[serde(rename = "LocalZoneGroup", skip_serializing_if = "Option::is_none")]
        pub local_zone_group: Option<Value<String>>,
    }
}
pub use record_set::RecordSet;
