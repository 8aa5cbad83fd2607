//! How fast the checker lints: a typical 150-word request, and text from 10 KB to 1 MB to
//! show the cost grows linearly. Run with `cargo bench --bench lint`.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use goodwill::etiquette::{lint, Kind};
use std::hint::black_box;

/// A realistic request of 150 body words, with a few findings in it.
const REQUEST_150: &str = "Hi Priya,

I read your post about moving from hospital pharmacy into clinical data science, and it landed at exactly the right moment for me. I have spent six years as a pharmacist in Leeds and I have been teaching myself SQL and Python in the evenings, mostly by rebuilding our stock reports. Last month I finished a course on survival analysis and enjoyed it far more than I expected.

I'm not looking for a job at your company. What I would love is 15 minutes of your time to hear which skills turned out to matter most in your first year, and what you would skip if you did it again. I could pick your brain about portfolios too, if there's time.

No worries at all if now isn't a good time. I'm happy to share the dashboard I built for our antibiotic stewardship team, in case it's useful.

Best,
Sam";

/// A paragraph with several findings in it (a vague ask, a pressing deadline), as the page
/// bench pastes it: a long draft of these gives every rule many hits to weigh per sentence.
const PARAGRAPH_WITH_FINDINGS: &str = "Hi Ana, I hope you are well. We met briefly at the product meetup in March, where you talked about rebuilding onboarding. I am moving from support into product research. Could I pick your brain sometime? I would really appreciate any advice on how you chose the first three metrics. If it helps, I could share the interview notes from my own small study. Please get back to me when you can, ideally this week, since I have a call with a hiring manager on Friday. Thanks so much, Sam";

fn text_of_size(bytes: usize) -> String {
    repeated(REQUEST_150, bytes)
}

fn repeated(piece: &str, bytes: usize) -> String {
    let mut text = String::with_capacity(bytes + piece.len());
    while text.len() < bytes {
        text.push_str(piece);
        text.push_str("\n\n");
    }
    text.truncate(text.floor_char_boundary(bytes));
    text
}

fn bench(c: &mut Criterion) {
    let words = REQUEST_150.split_whitespace().count();
    c.bench_function(&format!("lint request ({words} words)"), |b| {
        b.iter(|| lint(Kind::Request, black_box(REQUEST_150)))
    });

    let mut group = c.benchmark_group("lint by size");
    group.sample_size(10);
    for size in [10_000, 100_000, 1_000_000] {
        let text = text_of_size(size);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(size), &text, |b, text| {
            b.iter(|| lint(Kind::Request, black_box(text)))
        });
    }
    group.finish();

    // The cost per finding must not grow with the draft: before the per-sentence lookups
    // were bounded, this text took 25 times longer than the one above.
    let mut group = c.benchmark_group("lint by size, findings in every paragraph");
    group.sample_size(10);
    for size in [100_000, 1_000_000] {
        let text = repeated(PARAGRAPH_WITH_FINDINGS, size);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(size), &text, |b, text| {
            b.iter(|| lint(Kind::Request, black_box(text)))
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
