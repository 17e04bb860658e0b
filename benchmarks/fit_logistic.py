"""L2-regularised softmax (multinomial logistic) regression in numpy, and folds grouped by article.

Shared by the training scripts of the learned steps (``train_status_check.py``): no dependency beyond
numpy, and deterministic (no random start: the weights start at zero, the folds come from a fixed seed),
so two runs give the same weights. A binary problem is the two-class case (``classes=2``).

Examples
--------
>>> import numpy as np
>>> X = np.array([[1, 0], [1, 0], [0, 1], [0, 1]], dtype=float)
>>> model = fit(X, np.array([0, 0, 1, 1]), classes=2, l2=0.1)
>>> [int(k) for k in predict_proba(model, X).argmax(axis=1)]
[0, 0, 1, 1]
>>> [int(f) for f in grouped_folds(["a", "a", "b", "c"], k=2, seed=0)]
[0, 0, 1, 0]
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

__all__ = ["Model", "fit", "predict_proba", "grouped_folds", "cross_val_proba", "vocabulary", "design"]


@dataclass(frozen=True)
class Model:
    """Weights ``(features, classes)`` and a bias per class."""

    weights: np.ndarray
    bias: np.ndarray


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def predict_proba(model: Model, X: np.ndarray) -> np.ndarray:
    """The probability of each class for each row of ``X``."""
    return _softmax(X @ model.weights + model.bias)


def fit(X: np.ndarray, y: np.ndarray, *, classes: int, l2: float = 1.0, iterations: int = 3000,
        sample_weight: np.ndarray | None = None) -> Model:
    """Fit softmax regression by accelerated gradient descent on the mean log loss plus ``l2/2 * |W|^2 / n``.

    Parameters
    ----------
    X : array (n, d)
        Features (binary or scaled).
    y : array (n,)
        Class of each row, ``0 .. classes-1``.
    classes : int
        Number of classes (2 for a binary problem).
    l2 : float
        Strength of the penalty on the weights (not the bias), as a count of rows: ``l2=1`` weighs like one
        row's loss.
    iterations : int
        Steps of Nesterov's method with the step ``1/L`` (``L`` bounds the loss's curvature): enough for the
        small problems here to converge; fixed, so runs are identical.
    sample_weight : array (n,), optional
        Weight of each row (default 1).
    """
    n, d = X.shape
    w = np.ones(n) if sample_weight is None else np.asarray(sample_weight, dtype=float)
    total = w.sum()
    Y = np.zeros((n, classes))
    Y[np.arange(n), y] = 1.0
    Xb = np.hstack([X, np.ones((n, 1))])
    lam = np.full(d + 1, l2 / total)
    lam[-1] = 0.0
    # the softmax loss's Hessian is at most 1/2 * X'WX (per class block); its largest eigenvalue bounds L
    lip = 0.5 * _top_eigenvalue(Xb * np.sqrt(w)[:, None]) / total + lam.max()
    step = 1.0 / lip
    theta = np.zeros((d + 1, classes))
    prev = theta.copy()
    for it in range(1, iterations + 1):
        look = theta + (it - 2) / (it + 1) * (theta - prev) if it > 1 else theta
        P = _softmax(Xb @ look)
        grad = Xb.T @ ((P - Y) * w[:, None]) / total + lam[:, None] * look
        prev, theta = theta, look - step * grad
    return Model(theta[:-1].copy(), theta[-1].copy())


def _top_eigenvalue(A: np.ndarray, steps: int = 50) -> float:
    """The largest eigenvalue of ``A'A`` by power iteration from a fixed start, raised by 5% for safety."""
    v = np.ones(A.shape[1]) / np.sqrt(A.shape[1])
    value = 0.0
    for _ in range(steps):
        u = A.T @ (A @ v)
        value = float(np.linalg.norm(u))
        if value == 0.0:
            return 1.0
        v = u / value
    return 1.05 * value


def grouped_folds(groups: Sequence[str], k: int = 5, seed: int = 0) -> np.ndarray:
    """The fold (``0 .. k-1``) of each row, every group (article) wholly in one fold, from a fixed seed."""
    names = sorted(set(groups))
    order = np.random.RandomState(seed).permutation(len(names))
    fold_of = {names[j]: i % k for i, j in enumerate(order)}
    return np.array([fold_of[g] for g in groups])


def cross_val_proba(X: np.ndarray, y: np.ndarray, groups: Sequence[str], *, classes: int, k: int = 5,
                    l2: float = 1.0, seed: int = 0, iterations: int = 3000) -> np.ndarray:
    """Out-of-fold class probabilities: each row scored by a model fitted without its group's fold."""
    folds = grouped_folds(groups, k, seed)
    out = np.zeros((len(y), classes))
    for f in range(k):
        test = folds == f
        model = fit(X[~test], y[~test], classes=classes, l2=l2, iterations=iterations)
        out[test] = predict_proba(model, X[test])
    return out


def vocabulary(items: Iterable[tuple[str, Iterable[str]]], least: int | Callable[[str], int]) -> list[str]:
    """The features seen in at least ``least`` articles (a number, or one per feature), sorted.

    ``items`` are (article, its example's feature names); an article counts once per feature.

    >>> vocabulary([("a", ["x", "y"]), ("a", ["x"]), ("b", ["x"])], 2)
    ['x']
    >>> vocabulary([("a", ["x", "w:y"]), ("b", ["x"])], lambda f: 1 if f.startswith("w:") else 2)
    ['w:y', 'x']
    """
    seen: dict[str, set[str]] = {}
    for article, names in items:
        for f in names:
            seen.setdefault(f, set()).add(article)
    at_least = least if callable(least) else (lambda _f: least)
    return sorted(f for f, arts in seen.items() if len(arts) >= at_least(f))


def design(rows: Sequence[Mapping[str, float] | Iterable[str]], vocab: Sequence[str]) -> np.ndarray:
    """The design matrix of ``rows`` over ``vocab``: a row is {feature: value}, or feature names (value 1);
    features outside ``vocab`` are left out.

    >>> design([{"x": 2.0, "z": 1.0}, ["y"]], ["x", "y"]).tolist()
    [[2.0, 0.0], [0.0, 1.0]]
    """
    index = {f: j for j, f in enumerate(vocab)}
    X = np.zeros((len(rows), len(vocab)))
    for i, row in enumerate(rows):
        for f, v in (row.items() if isinstance(row, Mapping) else ((f, 1.0) for f in row)):
            if f in index:
                X[i, index[f]] = v
    return X
