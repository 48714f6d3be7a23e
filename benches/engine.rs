//! Engine benchmark: a full recommendation for 10, 50 and 200 processes.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use shorewise::engine::{examples, recommend};
use std::hint::black_box;

fn full_recommendation(c: &mut Criterion) {
    let mut group = c.benchmark_group("recommend");
    for n in [10, 50, 200] {
        let a = examples::with_processes(n);
        group.bench_with_input(BenchmarkId::from_parameter(n), &a, |b, a| {
            b.iter(|| recommend(black_box(a)).expect("valid"))
        });
    }
    group.finish();
}

criterion_group!(benches, full_recommendation);
criterion_main!(benches);
