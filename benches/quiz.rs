//! How long scoring the self-assessment takes, from validated answers to the full results
//! page. Run with `cargo bench --bench quiz`.

use criterion::{criterion_group, criterion_main, Criterion};
use goodwill::quiz::{explain, score, Answers, Choices, ITEMS};
use std::hint::black_box;

/// A spread of answers: scales cycle through 1..=5, scenarios take their first response.
fn answers() -> Answers {
    ITEMS
        .iter()
        .enumerate()
        .map(|(n, i)| {
            let answer = match i.choices {
                Choices::Scale(_) => (n % 5) as u8 + 1,
                Choices::Scenario(options) => options[0].score,
            };
            (i.id.to_string(), answer)
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let answers = answers();
    c.bench_function(&format!("score {} answers", ITEMS.len()), |b| {
        b.iter(|| score(black_box(&answers)).unwrap())
    });
    let result = score(&answers).unwrap();
    c.bench_function("explain a result", |b| {
        b.iter(|| explain(black_box(&result)))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
