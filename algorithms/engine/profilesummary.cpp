#include "engine/profilesummary.h"

#include <cmath>

namespace targetgroup::engine
{

std::vector<CategorySummary> summarizeField( const Profile &profile, const ProfileField &field )
{
  std::vector<CategorySummary> summaries;
  const int categoryCount = static_cast<int>( field.categories.size() );
  for ( int i = 0; i < categoryCount; ++i )
  {
    const ProfileCategory &category = field.categories[i];
    CategorySummary summary;
    summary.fieldName = field.name;
    summary.label = category.label;
    summary.seedCount = category.seedCount;
    summary.baseCount = category.baseCount;
    summary.seedPercent = profile.seedCount > 0 ? 100.0 * category.seedCount / profile.seedCount : 0;
    summary.basePercent = profile.baseCount > 0 ? 100.0 * category.baseCount / profile.baseCount : 0;
    summary.index = indexWithInterval( category.seedCount, profile.seedCount, category.baseCount, profile.baseCount );
    summary.quadrant = quadrantFor( summary.index.index, summary.seedPercent, categoryCount );
    summary.usedForScoring = field.usedForScoring;
    summary.likelihoodRatio = profile.likelihoodRatio( field, i );
    if ( profile.logisticModel.present && field.usedForScoring )
    {
      summary.hasAdjusted = true;
      summary.adjustedOddsRatio = std::exp( category.coefficient );
      summary.adjustedLow = std::exp( category.coefficient - kZ95 * category.coefficientError );
      summary.adjustedHigh = std::exp( category.coefficient + kZ95 * category.coefficientError );
    }
    summaries.push_back( summary );
  }
  return summaries;
}

std::vector<CategorySummary> summarizeProfile( const Profile &profile )
{
  std::vector<CategorySummary> summaries;
  for ( const ProfileField &field : profile.fields )
  {
    std::vector<CategorySummary> fieldSummaries = summarizeField( profile, field );
    summaries.insert( summaries.end(), fieldSummaries.begin(), fieldSummaries.end() );
  }
  return summaries;
}

const CategorySummary *widestInterval( const std::vector<CategorySummary> &summaries )
{
  const CategorySummary *widest = nullptr;
  double widestRatio = 0;
  for ( const CategorySummary &summary : summaries )
  {
    if ( !( summary.index.low > 0 ) || !std::isfinite( summary.index.high ) )
      continue;
    const double ratio = summary.index.high / summary.index.low;
    if ( !widest || ratio > widestRatio )
    {
      widest = &summary;
      widestRatio = ratio;
    }
  }
  return widest;
}

} // namespace targetgroup::engine
