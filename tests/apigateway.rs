//! Amazon API Gateway: `apigateway::HttpApi`'s defaults (authorizers on
//! every route, access logs, throttling, a custom domain with TLS 1.2 and
//! the default endpoint off), Lambda permissions scoped to each route, the
//! errors bad input gets, each rule firing without its default and
//! yielding to a waiver, and arbitrary valid APIs passing every rule.

mod common;

use common::Mutation;
use proptest::prelude::*;
use serde_json::json;
use stackward::apigateway::{
    Authorizer, Cors, Domain, HttpApi, Method, Route, RouteAuth, Throttle,
};
use stackward::check;
use stackward::lambda::{Code, Function, Runtime};
use stackward::prelude::*;

fn function(stack: &mut Stack, id: &str) -> lambda::FunctionRef {
    stack.add(
        Function::builder()
            .id(id)
            .runtime(Runtime::Python313)
            .handler("index.handler")
            .code(Code::Inline("def handler(e, c):\n    return {}\n".into()))
            .outside_vpc(common::outside())
            .build(),
    )
}

fn jwt() -> Authorizer {
    Authorizer::Jwt {
        issuer: "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_abc".into(),
        audience: vec!["client-1".into()],
    }
}

fn api_stack() -> Stack {
    let mut stack = Stack::new("Shop").unwrap();
    stack.allowed_regions(["eu-west-1"]);
    let orders = function(&mut stack, "orders");
    let health = function(&mut stack, "health");
    stack.add(
        HttpApi::builder()
            .id("api")
            .authorizer(jwt())
            .routes(vec![
                Route::new(Method::Get, "/orders/{id}", &orders),
                Route::new(Method::Post, "/orders", &orders)
                    .auth(RouteAuth::Scopes(vec!["orders/write".into()])),
                Route::new(Method::Get, "/health", &health).auth(RouteAuth::Public(
                    Waiver::new(
                        "load balancer health checks carry no token",
                        ["APIGW_ROUTE_AUTHORIZED", "CT.APIGATEWAY.PR.5"],
                    )
                    .unwrap(),
                )),
            ])
            .cors(Cors {
                origins: vec!["https://shop.example.com".into()],
                methods: vec![Method::Get, Method::Post],
                headers: vec!["authorization".into(), "content-type".into()],
                credentials: true,
                max_age_s: 600,
            })
            .throttle(Throttle {
                rate_per_s: 50,
                burst: 100,
            })
            .domain(Domain {
                name: "api.example.com".into(),
                certificate: acm::CertificateRef::from_arn(
                    "arn:aws:acm:eu-west-1:111122223333:certificate/abc",
                ),
            })
            .build(),
    );
    stack
}

#[test]
fn an_api_authorizes_logs_throttles_and_hides_its_default_endpoint() {
    let t = api_stack().synth().unwrap();
    let r = &t.json()["Resources"];
    let api = &r["Api"]["Properties"];
    assert_eq!(api["ProtocolType"], "HTTP");
    assert_eq!(api["Name"], "Shop-api");
    assert_eq!(api["DisableExecuteApiEndpoint"], true);
    assert_eq!(
        api["CorsConfiguration"]["AllowOrigins"],
        json!(["https://shop.example.com"])
    );
    assert_eq!(
        r["ApiAuthorizer"]["Properties"],
        json!({
            "ApiId": { "Ref": "Api" },
            "AuthorizerType": "JWT",
            "IdentitySource": ["$request.header.Authorization"],
            "JwtConfiguration": {
                "Audience": ["client-1"],
                "Issuer": "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_abc"
            },
            "Name": "jwt"
        })
    );
    let get = &r["ApiRouteGetOrdersId"]["Properties"];
    assert_eq!(get["RouteKey"], "GET /orders/{id}");
    assert_eq!(get["AuthorizationType"], "JWT");
    assert_eq!(get["AuthorizerId"], json!({ "Ref": "ApiAuthorizer" }));
    assert_eq!(
        get["Target"],
        json!({ "Fn::Join": ["", ["integrations/", { "Ref": "ApiOrdersIntegration" }]] })
    );
    assert_eq!(
        r["ApiRoutePostOrders"]["Properties"]["AuthorizationScopes"],
        json!(["orders/write"])
    );
    let health = &r["ApiRouteGetHealth"];
    assert_eq!(health["Properties"]["AuthorizationType"], "NONE");
    assert!(health["Properties"].get("AuthorizerId").is_none());
    assert_eq!(
        health["Metadata"]["guard"]["SuppressedRules"],
        json!(["APIGW_ROUTE_AUTHORIZED", "CT.APIGATEWAY.PR.5"])
    );
    // One integration per function; one permission per route, for that
    // route's method and path only.
    assert_eq!(
        common::of_type(t.json(), "AWS::ApiGatewayV2::Integration").len(),
        2
    );
    assert_eq!(
        r["ApiRouteGetOrdersIdInvoke"]["Properties"],
        json!({
            "Action": "lambda:InvokeFunction",
            "FunctionName": { "Fn::GetAtt": ["Orders", "Arn"] },
            "Principal": "apigateway.amazonaws.com",
            "SourceAccount": { "Ref": "AWS::AccountId" },
            "SourceArn": { "Fn::Sub": "arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${Api}/*/GET/orders/*" }
        })
    );
    let stage = &r["ApiStage"]["Properties"];
    assert_eq!(stage["StageName"], "$default");
    assert_eq!(
        stage["AccessLogSettings"]["DestinationArn"],
        json!({ "Fn::GetAtt": ["ApiAccessLogs", "Arn"] })
    );
    let format: serde_json::Value =
        serde_json::from_str(stage["AccessLogSettings"]["Format"].as_str().unwrap()).unwrap();
    assert_eq!(format["routeKey"], "$context.routeKey");
    assert_eq!(
        stage["DefaultRouteSettings"],
        json!({ "DetailedMetricsEnabled": true, "ThrottlingBurstLimit": 100, "ThrottlingRateLimit": 50.0 })
    );
    assert_eq!(r["ApiAccessLogs"]["Properties"]["RetentionInDays"], 365);
    assert_eq!(
        r["ApiDomain"]["Properties"]["DomainNameConfigurations"][0]["SecurityPolicy"],
        "TLS_1_2"
    );
    assert_eq!(r["ApiMapping"]["DependsOn"], json!(["ApiStage"]));
    let report = serde_json::to_value(t.report()).unwrap();
    assert_eq!(
        common::credited(&report, "Api"),
        [
            "APIGW_CORS_NO_WILDCARD_WITH_CREDENTIALS",
            "APIGW_DEFAULT_ENDPOINT_DISABLED"
        ]
    );
    assert_eq!(
        common::credited(&report, "ApiRouteGetOrdersId"),
        ["APIGW_ROUTE_AUTHORIZED"]
    );
    assert_eq!(
        common::credited(&report, "ApiStage"),
        ["APIGW_STAGE_ACCESS_LOGGING", "APIGW_STAGE_THROTTLED"]
    );
    assert_eq!(
        common::credited(&report, "ApiDomain"),
        ["APIGW_DOMAIN_TLS12"]
    );
    assert!(common::broken_claims(t.json(), &report).is_empty());
}

#[test]
fn iam_and_function_authorizers_are_wired_with_their_permissions() {
    let mut stack = Stack::new("Internal").unwrap();
    let handler = function(&mut stack, "handler");
    let gate = function(&mut stack, "gate");
    stack.add(
        HttpApi::builder()
            .id("signed")
            .authorizer(Authorizer::Iam)
            .routes(vec![Route::new(Method::Any, "/{proxy+}", &handler)])
            .build(),
    );
    stack.add(
        HttpApi::builder()
            .id("custom")
            .authorizer(Authorizer::Function {
                function: gate,
                identity_source: vec!["$request.header.x-api-key".into()],
                ttl_s: 300,
            })
            .routes(vec![Route::new(Method::Get, "/", &handler)])
            .build(),
    );
    let t = stack.synth().unwrap();
    let r = &t.json()["Resources"];
    assert!(r.get("SignedAuthorizer").is_none());
    let signed = &r["SignedRouteAnyProxy"]["Properties"];
    assert_eq!(signed["AuthorizationType"], "AWS_IAM");
    assert_eq!(
        r["SignedRouteAnyProxyInvoke"]["Properties"]["SourceArn"]["Fn::Sub"],
        "arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${Signed}/*/*/*"
    );
    assert_eq!(
        r["CustomRouteGetRoot"]["Properties"]["AuthorizationType"],
        "CUSTOM"
    );
    let authorizer = &r["CustomAuthorizer"]["Properties"];
    assert_eq!(authorizer["AuthorizerType"], "REQUEST");
    assert_eq!(authorizer["EnableSimpleResponses"], true);
    assert_eq!(authorizer["AuthorizerResultTtlInSeconds"], 300);
    assert_eq!(
        authorizer["AuthorizerUri"]["Fn::Sub"],
        "arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Gate.Arn}/invocations"
    );
    assert_eq!(
        r["CustomAuthorizerInvoke"]["Properties"]["SourceArn"]["Fn::Sub"],
        "arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${Custom}/authorizers/${CustomAuthorizer}"
    );
    assert_eq!(
        r["CustomRouteGetRootInvoke"]["Properties"]["SourceArn"]["Fn::Sub"],
        "arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${Custom}/*/GET/"
    );
    // Without a domain the default endpoint stays on, and no rule asks otherwise.
    assert!(r["Signed"]["Properties"]
        .get("DisableExecuteApiEndpoint")
        .is_none());
}

#[test]
fn bad_api_settings_are_typed_errors() {
    let mut stack = Stack::new("Bad").unwrap();
    let handler = function(&mut stack, "handler");
    stack.add(
        HttpApi::builder()
            .id("api")
            .authorizer(Authorizer::Jwt {
                issuer: "http://issuer.example.com".into(),
                audience: vec![],
            })
            .routes(vec![
                Route::new(Method::Get, "orders", &handler),
                Route::new(Method::Get, "/a/{proxy+}/b", &handler),
                Route::new(Method::Get, "/x", &handler),
                Route::new(Method::Get, "/x", &handler),
                Route::new(Method::Get, "/y", &handler).auth(RouteAuth::Scopes(vec![])),
            ])
            .cors(Cors {
                origins: vec!["*".into(), "https://a.example.com/".into()],
                methods: vec![],
                headers: vec![],
                credentials: true,
                max_age_s: 90_000,
            })
            .throttle(Throttle {
                rate_per_s: 0,
                burst: 9_000,
            })
            .domain(Domain {
                name: "localhost".into(),
                certificate: acm::CertificateRef::from_arn("arn:aws:acm:eu-west-1:1:certificate/x"),
            })
            .build(),
    );
    stack.add(
        HttpApi::builder()
            .id("signed")
            .authorizer(Authorizer::Iam)
            .routes(vec![
                Route::new(Method::Get, "/z", &handler).auth(RouteAuth::Scopes(vec!["s".into()]))
            ])
            .build(),
    );
    let i = common::invalid;
    let path =
        "a path is / or /segments, each letters, digits, - _ . or a {parameter} ({proxy+} last)";
    assert_eq!(
        common::problems(&stack),
        [
            i("Api", "JwtConfiguration.Issuer", "http://issuer.example.com", "must be the issuer's https:// URL"),
            i("Api", "JwtConfiguration.Audience", "", "name at least one audience (a client id): without one any token of the issuer is accepted"),
            i("Api", "Route.RouteKey", "GET orders", path),
            i("Api", "Route.RouteKey", "GET /a/{proxy+}/b", path),
            i("Api", "Route.RouteKey", "GET /x", "two routes have this method and path"),
            i("Api", "Route.RouteKey", "GET /y", "name at least one scope, none empty"),
            i("Api", "CorsConfiguration.AllowOrigins", "*", "with credentials allowed, name each origin: * would let any site call the API as the user"),
            i("Api", "CorsConfiguration.AllowOrigins", "https://a.example.com/", "an origin is https://host (http://localhost for development), without a path, or *"),
            i("Api", "CorsConfiguration.MaxAge", "90000", "must be 0-86400 seconds"),
            i("Api", "DefaultRouteSettings.ThrottlingRateLimit", "0", "must be 1-10000 requests per second"),
            i("Api", "DefaultRouteSettings.ThrottlingBurstLimit", "9000", "must be 1-5000 requests"),
            i("Api", "DomainName", "localhost", "must be a domain name such as api.example.com"),
            i("Signed", "Route.RouteKey", "GET /z", "scopes are for a JWT authorizer"),
            // The rule behind the refused CORS setting fails too, at the
            // same property: reported once, in the construct's words.
        ]
    );
}

fn mutations() -> Vec<Mutation> {
    vec![
        (
            "APIGW_ROUTE_AUTHORIZED",
            |t| {
                t["Resources"]["ApiRouteGetOrdersId"]["Properties"]["AuthorizationType"] =
                    json!("NONE")
            },
            "ApiRouteGetOrdersId",
            "ApiRouteGetOrdersId",
        ),
        (
            "APIGW_STAGE_ACCESS_LOGGING",
            |t| {
                t["Resources"]["ApiStage"]["Properties"]["AccessLogSettings"]
                    .as_object_mut()
                    .unwrap()
                    .remove("DestinationArn");
            },
            "ApiStage",
            "ApiStage",
        ),
        (
            "APIGW_STAGE_THROTTLED",
            |t| {
                t["Resources"]["ApiStage"]["Properties"]["DefaultRouteSettings"]
                    .as_object_mut()
                    .unwrap()
                    .remove("ThrottlingRateLimit");
            },
            "ApiStage",
            "ApiStage",
        ),
        (
            "APIGW_DOMAIN_TLS12",
            |t| {
                t["Resources"]["ApiDomain"]["Properties"]["DomainNameConfigurations"][0]
                    ["SecurityPolicy"] = json!("TLS_1_0");
            },
            "ApiDomain",
            "ApiDomain",
        ),
        (
            "APIGW_DEFAULT_ENDPOINT_DISABLED",
            |t| t["Resources"]["Api"]["Properties"]["DisableExecuteApiEndpoint"] = json!(false),
            "Api",
            "Api",
        ),
        (
            "APIGW_DEFAULT_ENDPOINT_DISABLED",
            |t| {
                t["Resources"]["Api"]["Properties"]
                    .as_object_mut()
                    .unwrap()
                    .remove("DisableExecuteApiEndpoint");
            },
            "Api",
            "Api",
        ),
        (
            "APIGW_CORS_NO_WILDCARD_WITH_CREDENTIALS",
            |t| {
                t["Resources"]["Api"]["Properties"]["CorsConfiguration"]["AllowOrigins"] =
                    json!(["*"])
            },
            "Api",
            "Api",
        ),
    ]
}

#[test]
fn each_rule_fires_without_its_default_and_yields_to_a_waiver() {
    common::assert_mutations(api_stack().synth().unwrap().json(), mutations());
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    /// Any valid API passes every rule, its report is honest, and synth is
    /// deterministic.
    #[test]
    fn valid_apis_pass_every_rule(
        kind in 0usize..3,
        paths in proptest::collection::btree_set("(/[a-z]{1,8}){1,3}(/\\{[a-z]{1,5}\\})?", 1..5),
        methods in proptest::collection::vec(0usize..8, 5),
        public in proptest::collection::vec(any::<bool>(), 5),
        rate in 1u32..=10_000,
        burst in 1u32..=5_000,
        domain in any::<bool>(),
        cors in proptest::option::of(any::<bool>()),
    ) {
        let all = [Method::Get, Method::Post, Method::Put, Method::Patch, Method::Delete, Method::Head, Method::Options, Method::Any];
        let build = || {
            let mut stack = Stack::new("Prop").unwrap();
            let handler = function(&mut stack, "handler");
            let other = function(&mut stack, "other");
            let authorizer = match kind {
                0 => jwt(),
                1 => Authorizer::Iam,
                _ => Authorizer::Function { function: other.clone(), identity_source: vec!["$request.header.Authorization".into()], ttl_s: 0 },
            };
            let routes = paths
                .iter()
                .enumerate()
                .map(|(i, p)| {
                    let target = if i % 2 == 0 { &handler } else { &other };
                    let route = Route::new(all[methods[i]], p.clone(), target);
                    if public[i] {
                        route.auth(RouteAuth::Public(Waiver::new("public", ["APIGW_ROUTE_AUTHORIZED", "CT.APIGATEWAY.PR.5"]).unwrap()))
                    } else {
                        route
                    }
                })
                .collect();
            let api = HttpApi::builder()
                .id("api")
                .authorizer(authorizer)
                .routes(routes)
                .throttle(Throttle { rate_per_s: rate, burst });
            let cors = cors.map(|credentials| Cors {
                origins: vec![if credentials { "https://a.example.com".into() } else { "*".into() }],
                methods: vec![Method::Get],
                headers: vec![],
                credentials,
                max_age_s: 0,
            });
            let domain = domain.then(|| Domain {
                name: "api.example.com".into(),
                certificate: acm::CertificateRef::from_arn("arn:aws:acm:eu-west-1:111122223333:certificate/x"),
            });
            stack.add(match (cors, domain) {
                (Some(c), Some(d)) => api.cors(c).domain(d).build(),
                (Some(c), None) => api.cors(c).build(),
                (None, Some(d)) => api.domain(d).build(),
                (None, None) => api.build(),
            });
            stack
        };
        let t = build().synth().unwrap();
        let report = check::stackward_rules(t.json()).unwrap();
        prop_assert!(report.failures.is_empty(), "{:?}", report.failures);
        prop_assert!(check::references(t.json()).is_empty());
        let r = serde_json::to_value(t.report()).unwrap();
        let broken = common::broken_claims(t.json(), &r);
        prop_assert!(broken.is_empty(), "{:?}", broken);
        let again = build().synth().unwrap();
        prop_assert_eq!(again.text(), t.text());
    }
}
