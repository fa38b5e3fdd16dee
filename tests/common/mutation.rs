//! Seeded mutation of JSON values and the positions of a value, shared by the
//! fuzz tests (`tests/no_panics.rs`, `tests/rongzi_no_panics.rs`) and the
//! equivalence tests (`tests/schema_decoding.rs`, `tests/params_paths.rs`).

use serde_json::{json, Value};

/// xorshift64*: a tiny deterministic PRNG (seeded, so failures reproduce).
pub struct Rng(pub u64);

impl Rng {
    /// The next pseudo-random number.
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    /// A number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// A random JSON leaf (or an empty container); strings come from `strings`.
pub fn random_leaf(r: &mut Rng, strings: &[&str]) -> Value {
    match r.below(9) {
        0 => Value::Null,
        1 => json!(r.below(2) == 1),
        2 => json!(r.next() as i64),
        3 => json!(r.below(200) as i64 - 100),
        4 => json!(f64::from(r.below(1000) as u32) / 7.0),
        5 => json!(1e300),
        6 => json!(strings[r.below(strings.len())]),
        7 => json!([]),
        _ => json!({}),
    }
}

/// Mutates `v` in place: replaces, removes or adds a value somewhere below it
/// (new keys and strings come from `strings`).
pub fn mutate(v: &mut Value, r: &mut Rng, strings: &[&str], depth: usize) {
    if depth > 6 || r.below(4) == 0 {
        *v = random_leaf(r, strings);
        return;
    }
    match v {
        Value::Object(m) => {
            let keys: Vec<String> = m.keys().cloned().collect();
            match r.below(4) {
                0 if !keys.is_empty() => {
                    m.remove(&keys[r.below(keys.len())]);
                }
                1 => {
                    m.insert(
                        strings[r.below(strings.len())].to_string(),
                        random_leaf(r, strings),
                    );
                }
                _ if !keys.is_empty() => {
                    let k = &keys[r.below(keys.len())];
                    if let Some(child) = m.get_mut(k) {
                        mutate(child, r, strings, depth + 1);
                    }
                }
                _ => *v = random_leaf(r, strings),
            }
        }
        Value::Array(a) => match r.below(4) {
            0 => a.push(random_leaf(r, strings)),
            1 if !a.is_empty() => {
                a.pop();
            }
            _ if !a.is_empty() => {
                let i = r.below(a.len());
                mutate(&mut a[i], r, strings, depth + 1);
            }
            _ => a.extend((0..r.below(120)).map(|_| json!({}))),
        },
        _ => *v = random_leaf(r, strings),
    }
}

/// Case `i` of a seeded run: `example` (every eighth case one of `others`,
/// foreign data) with one to three random changes.
pub fn variant(
    example: &Value,
    others: &[Value],
    i: usize,
    r: &mut Rng,
    strings: &[&str],
) -> Value {
    let mut v = if i % 8 == 7 && !others.is_empty() {
        others[r.below(others.len())].clone()
    } else {
        example.clone()
    };
    for _ in 0..=r.below(3) {
        mutate(&mut v, r, strings, 0);
    }
    v
}

/// Every position (leaf or container) of `v`, as a JSON pointer.
pub fn positions(v: &Value, at: String, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            for (k, child) in m {
                positions(
                    child,
                    format!("{at}/{}", k.replace('~', "~0").replace('/', "~1")),
                    out,
                );
            }
        }
        Value::Array(a) => {
            for (i, child) in a.iter().enumerate() {
                positions(child, format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
    out.push(at);
}
