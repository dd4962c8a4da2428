//! `Cidr`: an IPv4 address range, and how a VPC's range is cut into subnets.

use std::fmt;
use std::net::Ipv4Addr;
use std::str::FromStr;

use crate::error::Error;

/// The largest and smallest blocks AWS accepts for a VPC or a subnet.
pub const PREFIX_RANGE: std::ops::RangeInclusive<u8> = 16..=28;

/// An IPv4 CIDR block such as `10.0.0.0/16`, with no host bits set.
///
/// ```
/// use stackward::vpc::Cidr;
/// let cidr: Cidr = "10.0.0.0/16".parse().unwrap();
/// assert_eq!(cidr.prefix(), 16);
/// assert_eq!(cidr.size(), 65_536);
/// assert!("10.0.0.1/16".parse::<Cidr>().is_err()); // host bits set
/// assert!("10.0.0.0/33".parse::<Cidr>().is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Cidr {
    base: u32,
    prefix: u8,
}

impl Cidr {
    /// The block `address/prefix`; the address must have no bits set past
    /// the prefix.
    pub fn new(address: Ipv4Addr, prefix: u8) -> Result<Self, Error> {
        let text = format!("{address}/{prefix}");
        if prefix > 32 {
            return Err(invalid(&text, "the prefix length must be 0-32"));
        }
        let base = u32::from(address);
        if base & !mask(prefix) != 0 {
            let network = Ipv4Addr::from(base & mask(prefix));
            return Err(invalid(
                &text,
                &format!("has host bits set: the block starts at {network}/{prefix}"),
            ));
        }
        Ok(Cidr { base, prefix })
    }

    /// `0.0.0.0/0`: every IPv4 address.
    pub const ANY: Cidr = Cidr { base: 0, prefix: 0 };

    /// The prefix length.
    pub fn prefix(&self) -> u8 {
        self.prefix
    }

    /// The first address.
    pub fn address(&self) -> Ipv4Addr {
        Ipv4Addr::from(self.base)
    }

    /// How many addresses the block holds.
    pub fn size(&self) -> u64 {
        1u64 << (32 - u32::from(self.prefix))
    }

    fn end(&self) -> u64 {
        u64::from(self.base) + self.size()
    }

    /// Whether `other` lies wholly inside this block.
    pub fn contains(&self, other: &Cidr) -> bool {
        other.prefix >= self.prefix
            && u64::from(other.base) >= u64::from(self.base)
            && other.end() <= self.end()
    }

    /// Whether the two blocks share any address.
    pub fn overlaps(&self, other: &Cidr) -> bool {
        u64::from(self.base) < other.end() && u64::from(other.base) < self.end()
    }
}

fn mask(prefix: u8) -> u32 {
    if prefix == 0 {
        0
    } else {
        u32::MAX << (32 - u32::from(prefix))
    }
}

fn invalid(value: &str, rule: &str) -> Error {
    Error::invalid("Cidr", "CidrBlock", value, rule)
}

impl FromStr for Cidr {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        let Some((address, prefix)) = s.split_once('/') else {
            return Err(invalid(s, "must be an IPv4 block such as 10.0.0.0/16"));
        };
        let address: Ipv4Addr = address
            .parse()
            .map_err(|_| invalid(s, "the address must be four numbers 0-255 such as 10.0.0.0"))?;
        let prefix: u8 = prefix
            .parse()
            .ok()
            .filter(|p| *p <= 32)
            .ok_or_else(|| invalid(s, "the prefix length must be a number 0-32"))?;
        Cidr::new(address, prefix).map_err(|_| {
            let network = Ipv4Addr::from(u32::from(address) & mask(prefix));
            invalid(
                s,
                &format!("has host bits set: the block starts at {network}/{prefix}"),
            )
        })
    }
}

impl fmt::Display for Cidr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.address(), self.prefix)
    }
}

/// Cuts blocks of the requested sizes out of `range`, in order, each aligned
/// to its own size, after the previous one and clear of the `taken` blocks.
/// `None` when they do not fit.
pub(crate) fn allocate(range: &Cidr, prefixes: &[u8], taken: &[Cidr]) -> Option<Vec<Cidr>> {
    let mut next = u64::from(range.base);
    let mut out = Vec::with_capacity(prefixes.len());
    for &prefix in prefixes {
        if prefix < range.prefix || prefix > 32 {
            return None;
        }
        let size = 1u64 << (32 - u32::from(prefix));
        let block = loop {
            let start = next.div_ceil(size) * size;
            if start + size > range.end() {
                return None;
            }
            let block = Cidr {
                base: u32::try_from(start).ok()?,
                prefix,
            };
            match taken.iter().find(|t| t.overlaps(&block)) {
                Some(t) => next = t.end(),
                None => break block,
            }
        };
        next = block.end();
        out.push(block);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(s: &str) -> Cidr {
        s.parse().unwrap()
    }

    #[test]
    fn parses_and_prints() {
        assert_eq!(c("10.1.0.0/16").to_string(), "10.1.0.0/16");
        assert_eq!(c("0.0.0.0/0"), Cidr::ANY);
        for bad in [
            "10.0.0.0",
            "10.0.0/16",
            "10.0.0.0/x",
            "10.0.0.256/24",
            "10.0.0.0/-1",
        ] {
            assert!(bad.parse::<Cidr>().is_err(), "{bad}");
        }
        let e = "10.0.1.0/16".parse::<Cidr>().unwrap_err().to_string();
        assert!(e.contains("the block starts at 10.0.0.0/16"), "{e}");
    }

    #[test]
    fn allocation_is_aligned_and_in_order() {
        let got = allocate(&c("10.0.0.0/16"), &[24, 24, 20, 20], &[]).unwrap();
        let text: Vec<String> = got.iter().map(Cidr::to_string).collect();
        assert_eq!(
            text,
            ["10.0.0.0/24", "10.0.1.0/24", "10.0.16.0/20", "10.0.32.0/20"]
        );
        assert!(allocate(&c("10.0.0.0/24"), &[25, 25, 25], &[]).is_none());
        assert!(allocate(&c("10.0.0.0/24"), &[23], &[]).is_none());
        let around = allocate(&c("10.0.0.0/16"), &[24, 24], &[c("10.0.0.0/23")]).unwrap();
        assert_eq!(around, [c("10.0.2.0/24"), c("10.0.3.0/24")]);
    }

    #[test]
    fn containment_and_overlap() {
        assert!(c("10.0.0.0/16").contains(&c("10.0.255.0/24")));
        assert!(!c("10.0.0.0/16").contains(&c("10.1.0.0/24")));
        assert!(c("10.0.0.0/23").overlaps(&c("10.0.1.0/24")));
        assert!(!c("10.0.0.0/24").overlaps(&c("10.0.1.0/24")));
    }
}
