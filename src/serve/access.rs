//! Who may use the server, and where it is reached (SPEC 9, 12):
//! `--token` (one secret for all), `--keys FILE` (a key per person, whose
//! name is written as `by` in the versions they save), `--public-url`
//! (the address behind a reverse proxy, with its path prefix), and the
//! slowing down of wrong keys.
//!
//! A key is compared in time independent of its letters and its length:
//! what is compared is a 128-bit `SipHash` of each, under a key drawn at
//! start, and every known key is compared whatever matched.

use std::collections::HashMap;
use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// The fewest characters of a token or key.
pub(crate) const MIN_KEY_CHARS: usize = 16;

/// Why a token or key is refused at start.
#[derive(Debug, PartialEq)]
pub(crate) enum KeyProblem {
    /// Fewer than [`MIN_KEY_CHARS`] characters.
    Short,
    /// A space, `;`, `,`, `"`, `\` or a letter beyond ASCII: not carried
    /// whole by a cookie or a header.
    BadChar,
}

/// Whether `key` may be a token or key.
pub(crate) fn key_problem(key: &str) -> Option<KeyProblem> {
    if key.chars().count() < MIN_KEY_CHARS {
        return Some(KeyProblem::Short);
    }
    if !key
        .bytes()
        .all(|b| b.is_ascii_graphic() && !matches!(b, b';' | b',' | b'"' | b'\\'))
    {
        return Some(KeyProblem::BadChar);
    }
    None
}

/// Why a keys file is refused: the line (1-based) and what is wrong.
#[derive(Debug, PartialEq)]
pub(crate) enum KeysError {
    /// Not `name: key`.
    Shape(usize),
    /// The key is refused.
    Key(usize, KeyProblem),
    /// The key is already another line's.
    Duplicate(usize),
    /// The file has no key.
    Empty,
}

/// The people of a keys file: `name: key` lines; blank lines and lines
/// starting with `#` are skipped. The name is everything before the first
/// `:`, the key everything after it, both trimmed.
pub(crate) fn parse_keys(text: &str) -> Result<Vec<(String, String)>, KeysError> {
    let mut out: Vec<(String, String)> = Vec::new();
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    for (i, line) in text.lines().enumerate() {
        let n = i + 1;
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((name, key)) = line.split_once(':') else {
            return Err(KeysError::Shape(n));
        };
        let (name, key) = (name.trim(), key.trim());
        if name.is_empty() || key.is_empty() {
            return Err(KeysError::Shape(n));
        }
        if let Some(p) = key_problem(key) {
            return Err(KeysError::Key(n, p));
        }
        if out.iter().any(|(_, k)| k == key) {
            return Err(KeysError::Duplicate(n));
        }
        out.push((name.to_owned(), key.to_owned()));
    }
    if out.is_empty() {
        return Err(KeysError::Empty);
    }
    Ok(out)
}

/// The secrets the server knows, each with its person (`None`: the
/// `--token`, which names nobody).
pub(crate) struct Keys {
    hasher: (u64, u64),
    known: Vec<(u128, Option<String>)>,
}

impl Keys {
    /// The token and the people's keys; `None` when there are neither
    /// (no key needed).
    pub(crate) fn new(token: Option<&str>, people: &[(String, String)]) -> Option<Keys> {
        if token.is_none() && people.is_empty() {
            return None;
        }
        let random = RandomState::new();
        let mut keys = Keys {
            hasher: (random.hash_one(1u8), random.hash_one(2u8)),
            known: Vec::new(),
        };
        if let Some(t) = token {
            keys.known.push((keys.digest(t), None));
        }
        for (name, key) in people {
            keys.known.push((keys.digest(key), Some(name.clone())));
        }
        Some(keys)
    }

    fn digest(&self, key: &str) -> u128 {
        let mut h = siphasher::sip128::SipHasher13::new_with_keys(self.hasher.0, self.hasher.1);
        h.write(key.as_bytes());
        siphasher::sip128::Hasher128::finish128(&h).as_u128()
    }

    /// Whose key `given` is: `Some(person)` when known (`Some(None)` for the
    /// token), `None` otherwise.
    pub(crate) fn who(&self, given: &str) -> Option<Option<String>> {
        let d = self.digest(given);
        let mut found: Option<&Option<String>> = None;
        for (k, person) in &self.known {
            // No early exit and no branch on the bytes: every key is
            // compared in full.
            let same = (k ^ d) == 0;
            found = if same { Some(person) } else { found };
        }
        found.cloned()
    }
}

/// The server's address behind a reverse proxy (`--public-url`).
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct PublicUrl {
    /// `https` or `http`.
    pub(crate) scheme: String,
    /// `host` or `host:port`, lower case.
    pub(crate) authority: String,
    /// The path prefix, starting and ending with `/`.
    pub(crate) base: String,
}

impl PublicUrl {
    /// Reads `https://host[:port][/prefix/]`; `None` when it is not such an
    /// address (no user, query or fragment).
    pub(crate) fn parse(url: &str) -> Option<PublicUrl> {
        let (scheme, rest) = url.split_once("://")?;
        let scheme = scheme.to_ascii_lowercase();
        if scheme != "http" && scheme != "https" {
            return None;
        }
        let (authority, path) = match rest.find('/') {
            Some(i) => (&rest[..i], &rest[i..]),
            None => (rest, "/"),
        };
        if authority.is_empty()
            || authority.contains(['@', '?', '#', ' '])
            || path.contains(['?', '#', '\\', ' '])
            || path.split('/').any(|seg| seg == "." || seg == "..")
        {
            return None;
        }
        let mut base = path.to_owned();
        if !base.ends_with('/') {
            base.push('/');
        }
        Some(PublicUrl {
            authority: authority.to_ascii_lowercase(),
            scheme,
            base,
        })
    }

    /// `scheme://authority`, as a browser sends it in `Origin`.
    pub(crate) fn origin(&self) -> String {
        format!("{}://{}", self.scheme, self.authority)
    }

    /// Whether cookies must be `Secure`.
    pub(crate) fn https(&self) -> bool {
        self.scheme == "https"
    }
}

/// Wrong keys tried from one address are slowed down: after
/// [`FREE_TRIES`], each next try waits twice as long as the last (one
/// second, two, four … at most [`MAX_WAIT`]); while it must wait, every
/// request with a key from that address is refused (429) unread. Forgotten
/// [`FORGET`] after the last wrong key, and on a right one. At most
/// [`MAX_ADDRESSES`] addresses are remembered (IPv6 by their /64, the
/// block one machine may take its addresses from); beyond, the one free
/// soonest is forgotten.
pub(crate) struct Failures {
    seen: Mutex<HashMap<IpAddr, Tries>>,
}

/// Wrong keys allowed before any waiting.
pub(crate) const FREE_TRIES: u32 = 3;
/// The longest wait.
pub(crate) const MAX_WAIT: Duration = Duration::from_secs(60);
/// How long a wrong key is remembered.
const FORGET: Duration = Duration::from_secs(15 * 60);
/// Addresses remembered at most (about 50 bytes each).
pub(crate) const MAX_ADDRESSES: usize = 10_000;

#[derive(Clone, Copy)]
struct Tries {
    wrong: u32,
    last: Instant,
    until: Instant,
}

impl Default for Failures {
    fn default() -> Self {
        Failures {
            seen: Mutex::new(HashMap::new()),
        }
    }
}

/// IPv6 addresses by their /64.
fn block(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => {
                let s = v6.segments();
                IpAddr::V6(std::net::Ipv6Addr::new(s[0], s[1], s[2], s[3], 0, 0, 0, 0))
            }
        },
        v4 => v4,
    }
}

impl Failures {
    /// How long `ip` must still wait before its key is read; `None`: now.
    pub(crate) fn wait(&self, ip: IpAddr, now: Instant) -> Option<Duration> {
        let seen = self.seen.lock().unwrap_or_else(|e| e.into_inner());
        let t = seen.get(&block(ip))?;
        (t.until > now).then(|| t.until - now)
    }

    /// A wrong key from `ip`.
    pub(crate) fn wrong(&self, ip: IpAddr, now: Instant) {
        let mut seen = self.seen.lock().unwrap_or_else(|e| e.into_inner());
        let ip = block(ip);
        if !seen.contains_key(&ip) && seen.len() >= MAX_ADDRESSES {
            seen.retain(|_, t| now.duration_since(t.last) < FORGET);
            if seen.len() >= MAX_ADDRESSES
                && let Some(k) = seen.iter().min_by_key(|(_, t)| t.until).map(|(k, _)| *k)
            {
                seen.remove(&k);
            }
        }
        let t = seen.entry(ip).or_insert(Tries {
            wrong: 0,
            last: now,
            until: now,
        });
        if now.duration_since(t.last) >= FORGET {
            t.wrong = 0;
        }
        t.wrong += 1;
        t.last = now;
        t.until = now + delay(t.wrong);
    }

    /// A right key from `ip`.
    pub(crate) fn right(&self, ip: IpAddr) {
        let mut seen = self.seen.lock().unwrap_or_else(|e| e.into_inner());
        seen.remove(&block(ip));
    }
}

/// The wait after the `n`th wrong key.
fn delay(n: u32) -> Duration {
    if n <= FREE_TRIES {
        return Duration::ZERO;
    }
    let exp = (n - FREE_TRIES - 1).min(16);
    Duration::from_secs(1u64 << exp).min(MAX_WAIT)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn keys_file() {
        let ok = "# the department\n\nАсанова Б.: 0123456789abcdef0123\n  Токтогулов А. : fedcba9876543210fe \n";
        let people = parse_keys(ok).unwrap();
        assert_eq!(people[0].0, "Асанова Б.");
        assert_eq!(
            people[1],
            ("Токтогулов А.".into(), "fedcba9876543210fe".into())
        );
        assert_eq!(
            parse_keys("a: 0123456789abcdef\nb: short\n"),
            Err(KeysError::Key(2, KeyProblem::Short))
        );
        assert_eq!(parse_keys("just a line\n"), Err(KeysError::Shape(1)));
        assert_eq!(
            parse_keys("a: 0123456789abcdef\nb: 0123456789abcdef\n"),
            Err(KeysError::Duplicate(2))
        );
        assert_eq!(
            parse_keys("a: 0123456789 abcdef\n"),
            Err(KeysError::Key(1, KeyProblem::BadChar))
        );
        assert_eq!(parse_keys("# none\n"), Err(KeysError::Empty));
    }

    #[test]
    fn whose_key() {
        let people = vec![("Асанова".to_owned(), "0123456789abcdef0123".to_owned())];
        let keys = Keys::new(Some("tokentokentoken1"), &people).unwrap();
        assert_eq!(
            keys.who("0123456789abcdef0123"),
            Some(Some("Асанова".into()))
        );
        assert_eq!(keys.who("tokentokentoken1"), Some(None));
        assert_eq!(keys.who("0123456789abcdef012"), None);
        assert_eq!(keys.who(""), None);
        assert!(Keys::new(None, &[]).is_none());
    }

    #[test]
    fn public_urls() {
        let u = PublicUrl::parse("https://Tirkeme.Example.edu/kafedra").unwrap();
        assert_eq!(u.authority, "tirkeme.example.edu");
        assert_eq!(u.base, "/kafedra/");
        assert_eq!(u.origin(), "https://tirkeme.example.edu");
        assert!(u.https());
        assert_eq!(PublicUrl::parse("http://h:8443").unwrap().base, "/");
        for bad in [
            "ftp://h/",
            "h/kafedra",
            "https://u@h/",
            "https://h/a?b",
            "https:///x",
            "https://h/../x",
        ] {
            assert!(PublicUrl::parse(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn wrong_keys_wait_longer_and_longer() {
        let f = Failures::default();
        let ip: IpAddr = "10.1.2.3".parse().unwrap();
        let t0 = Instant::now();
        for _ in 0..FREE_TRIES {
            f.wrong(ip, t0);
            assert_eq!(f.wait(ip, t0), None);
        }
        f.wrong(ip, t0);
        assert_eq!(f.wait(ip, t0), Some(Duration::from_secs(1)));
        f.wrong(ip, t0);
        assert_eq!(f.wait(ip, t0), Some(Duration::from_secs(2)));
        for _ in 0..30 {
            f.wrong(ip, t0);
        }
        assert_eq!(f.wait(ip, t0), Some(MAX_WAIT));
        // Another address is not held; a right key forgets.
        assert_eq!(f.wait("10.1.2.4".parse().unwrap(), t0), None);
        f.right(ip);
        assert_eq!(f.wait(ip, t0), None);
        // An IPv6 machine is one address however many it takes from its /64.
        let a: IpAddr = "2001:db8::1".parse().unwrap();
        for _ in 0..=FREE_TRIES {
            f.wrong(a, t0);
        }
        assert!(f.wait("2001:db8::ffff".parse().unwrap(), t0).is_some());
    }

    #[test]
    fn memory_is_bounded() {
        let f = Failures::default();
        let t0 = Instant::now();
        for i in 0..(MAX_ADDRESSES as u32 + 500) {
            f.wrong(IpAddr::from(i.to_be_bytes()), t0);
        }
        assert_eq!(f.seen.lock().unwrap().len(), MAX_ADDRESSES);
    }
}
