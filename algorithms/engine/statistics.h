#pragma once
// Small, hand-checkable statistics shared by the profile, the scoring and the reports.
// QGIS-free.

namespace targetgroup::engine
{

//! Two-sided 95% normal quantile.
inline constexpr double kZ95 = 1.959963984540054;

//! An index (100 = same share as the base) with its 95% interval.
struct IndexWithInterval
{
  double index = 100.0;
  double low = 100.0;
  double high = 100.0;
  //! True when the interval excludes 100.
  bool significant = false;
};

/**
 * Index of a category: 100 * (seedN / seedTotal) / (baseN / baseTotal), with the
 * 95% interval of a ratio of two proportions on the log scale (Katz et al. 1978):
 * se(log ratio) = sqrt( 1/seedN - 1/seedTotal + 1/baseN - 1/baseTotal ).
 * The seed is a subset of the base, so the two samples overlap; treating them as
 * independent makes the interval slightly wider (conservative).
 * A category without seed households (seedN = 0, kept as a zero "(other)")
 * has index 0, low 0 and as high the "rule of three" bound
 * 100 * (3 / seedTotal) / (baseN / baseTotal). Without base households, or
 * with empty totals, every figure is NaN.
 */
IndexWithInterval indexWithInterval( long long seedN, long long seedTotal, long long baseN, long long baseTotal );

/**
 * Likelihood ratio of a category, shrunk towards 1 where cells are small:
 * (seedN + k) / (expected + k), with expected = seedTotal * baseN / baseTotal the
 * seed count the category would have if the seed looked like the base. This is
 * the posterior mean of a Poisson rate ratio under a Gamma(k, k) prior centred
 * on 1, as used for standardised ratios in small-area statistics. k is the
 * prior strength in households; large cells are hardly affected.
 */
double shrunkLikelihoodRatio( long long seedN, long long seedTotal, long long baseN, long long baseTotal, double priorStrength );

//! Default prior strength of shrunkLikelihoodRatio(), in households.
inline constexpr double kDefaultPriorStrength = 10.0;

} // namespace targetgroup::engine
