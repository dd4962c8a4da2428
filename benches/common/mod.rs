//! Stacks of a given size built from stackward's real constructs, in the mix
//! a service team's stack has: a network, then buckets, functions,
//! instances and databases in turn, topped up with log groups to the exact
//! size.

use stackward::lambda::{Code, Function, Runtime};
use stackward::prelude::*;
use stackward::vpc::Subnets;

const HANDLER: &str = "def handler(event, context):\n    return event\n";

/// A stack of exactly `size` resources (at least 8).
#[allow(dead_code)]
pub fn mixed(size: usize) -> Stack {
    mixed_named(&format!("Mixed{size}"), size, "")
}

/// [`mixed`] under the stack name `name`, every logical id starting with
/// `prefix` (stacks with different prefixes share no resource).
#[allow(dead_code)]
pub fn mixed_named(name: &str, size: usize, prefix: &str) -> Stack {
    mixed_shifted(name, size, prefix, 0)
}

/// [`mixed_named`] with `shift` log groups first: every later resource
/// stands at another place in the template, so no rule file sees the same
/// resources as in a stack of another shift.
pub fn mixed_shifted(name: &str, size: usize, prefix: &str, shift: usize) -> Stack {
    let mut stack = Stack::new(name).expect("a valid name");
    stack.allowed_regions(["eu-west-1"]).tag("project", "bench");
    let key = stack.add(kms::Key::builder().id(format!("{prefix}data")).build());
    for n in 0..shift {
        stack.add(
            logs::LogGroup::builder()
                .id(format!("{prefix}first{n}"))
                .key(key.clone())
                .build(),
        );
    }
    let net = (size >= 100).then(|| {
        stack.add(
            vpc::Vpc::builder()
                .id(format!("{prefix}net"))
                .cidr("10.0.0.0/16".parse().expect("a valid block"))
                .subnets(vec![
                    Subnets::public(24),
                    Subnets::private(22),
                    Subnets::isolated(24),
                ])
                .build(),
        )
    });
    // The largest construct adds fewer than 12 resources.
    let mut n = 0;
    while stack.resources().len() + 12 < size {
        let id = |kind: &str| format!("{prefix}{kind}{n}");
        match (n % 4, &net) {
            (0, _) => {
                stack.add(
                    s3::Bucket::builder()
                        .id(id("bucket"))
                        .encryption(key.clone())
                        .build(),
                );
            }
            (1, Some(net)) => {
                stack.add(
                    Function::builder()
                        .id(id("function"))
                        .runtime(Runtime::Python313)
                        .handler("index.handler")
                        .code(Code::Inline(HANDLER.into()))
                        .key(key.clone())
                        .vpc(net)
                        .build(),
                );
            }
            (2, Some(net)) => {
                stack.add(
                    ec2::Instance::builder()
                        .id(id("instance"))
                        .vpc(net)
                        .instance_type("m7g.medium")
                        .key(key.clone())
                        .build(),
                );
            }
            (3, Some(net)) if n % 16 == 3 => {
                stack.add(
                    rds::Instance::builder()
                        .id(id("database"))
                        .engine(rds::Engine::Postgres("16.9".into()))
                        .instance_class("db.t4g.medium")
                        .key(key.clone())
                        .vpc(net)
                        .build(),
                );
            }
            _ => {
                stack.add(
                    logs::LogGroup::builder()
                        .id(id("logs"))
                        .key(key.clone())
                        .build(),
                );
            }
        }
        n += 1;
    }
    while stack.resources().len() < size {
        stack.add(
            logs::LogGroup::builder()
                .id(format!("{prefix}logs{n}"))
                .key(key.clone())
                .build(),
        );
        n += 1;
    }
    stack
}
