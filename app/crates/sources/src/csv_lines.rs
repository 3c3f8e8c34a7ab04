//! The line a CSV record starts on as a spreadsheet or a text editor numbers it. The csv
//! reader skips blank lines, and the position it gives a record is where it began looking for
//! it, before them; what it gives after a record is exact. So the line feeds of the input are
//! noted as they pass, and a record's first line is worked back from its end: the last line,
//! less the line feeds inside its quoted fields.

use std::{
    collections::VecDeque,
    io::Read,
    sync::{Arc, Mutex, PoisonError},
};

use csv::StringRecord;

/// The input, passed through unchanged while its line feeds' offsets are noted.
pub struct LineFeeds<R> {
    inner: R,
    read: u64,
    feeds: Arc<Mutex<VecDeque<u64>>>,
}

impl<R: Read> Read for LineFeeds<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        let mut feeds = self.feeds.lock().unwrap_or_else(PoisonError::into_inner);
        for (i, byte) in buf[..n].iter().enumerate() {
            if *byte == b'\n' {
                feeds.push_back(self.read + i as u64);
            }
        }
        self.read += n as u64;
        Ok(n)
    }
}

/// Tells the lines of the records read through the [`LineFeeds`] it came with.
pub struct Lines {
    feeds: Arc<Mutex<VecDeque<u64>>>,
}

/// `input` wrapped for the csv reader, and what tells its records' lines.
pub fn tracked<R: Read>(input: R) -> (LineFeeds<R>, Lines) {
    let feeds = Arc::new(Mutex::new(VecDeque::new()));
    let lines = Lines {
        feeds: Arc::clone(&feeds),
    };
    (
        LineFeeds {
            inner: input,
            read: 0,
            feeds,
        },
        lines,
    )
}

impl Lines {
    /// The line (1-based, blank lines counted) that `record`, just read by `csv`, starts on.
    pub fn of<R: Read>(&self, csv: &csv::Reader<R>, record: &StringRecord) -> usize {
        let end = csv.position();
        let mut feeds = self.feeds.lock().unwrap_or_else(PoisonError::into_inner);
        let last_byte = end.byte().checked_sub(1);
        while feeds
            .front()
            .is_some_and(|&feed| last_byte.is_some_and(|last| feed < last))
        {
            feeds.pop_front();
        }
        // After a line feed the reader already counts the next line; after a carriage return
        // (CRLF files) or at the end of the file it does not yet.
        let ended_by_feed = last_byte.is_some() && feeds.front().copied() == last_byte;
        let last_line = if ended_by_feed {
            end.line().saturating_sub(1)
        } else {
            end.line()
        };
        let inside: u64 = record
            .iter()
            .map(|field| field.bytes().filter(|b| *b == b'\n').count() as u64)
            .sum();
        usize::try_from(last_line.saturating_sub(inside).max(1)).unwrap_or(usize::MAX)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn first_fields_and_lines(input: &[u8]) -> Vec<(String, usize)> {
        let (input, lines) = tracked(input);
        let mut csv = csv::ReaderBuilder::new().flexible(true).from_reader(input);
        csv.headers().unwrap();
        let mut record = StringRecord::new();
        let mut found = Vec::new();
        while csv.read_record(&mut record).unwrap() {
            found.push((record[0].to_string(), lines.of(&csv, &record)));
        }
        found
    }

    #[test]
    fn blank_lines_crlf_quoted_line_feeds_and_a_missing_last_feed_are_counted_right() {
        let expect = |input: &[u8], lines: &[(&str, usize)]| {
            let found = first_fields_and_lines(input);
            let expected: Vec<(String, usize)> =
                lines.iter().map(|(f, l)| (f.to_string(), *l)).collect();
            assert_eq!(found, expected, "{}", String::from_utf8_lossy(input));
        };
        expect(b"h1,h2\n\na,b\n\n\nc,d\n", &[("a", 3), ("c", 6)]);
        expect(
            b"h1,h2\r\n\r\na,b\r\n\r\n\r\nc,d\r\n",
            &[("a", 3), ("c", 6)],
        );
        expect(
            b"h1,h2\n\"multi\nline\",b\n\nc,d",
            &[("multi\nline", 2), ("c", 5)],
        );
        expect(b"h1,h2\na,b\nc,d", &[("a", 2), ("c", 3)]);
    }
}
