#include "engine/profilebuilder.h"

#include "engine/statistics.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace targetgroup::engine
{

namespace
{

//! Rounds to a multiple of step (step 0: unchanged).
double roundTo( double value, double step )
{
  if ( !( step > 0 ) )
    return value;
  const double rounded = std::round( value / step ) * step;
  // At the ends of the double range the nearest grid point may lie beyond it:
  // keep the value itself rather than an infinite one.
  return std::isfinite( rounded ) ? rounded : value;
}

} // namespace

ProfileBuilder::ProfileBuilder( std::vector<ProfileFieldSpec> fields, ProfileSettings settings )
    : mSettings( std::move( settings ) )
{
  if ( mSettings.bins < 2 )
    throw ProfileError( ProfileError::Reason::InvalidSettings, "BINS must be at least 2" );
  if ( mSettings.minCell < 1 )
    throw ProfileError( ProfileError::Reason::InvalidSettings, "MIN_CELL must be at least 1" );
  for ( ProfileFieldSpec &spec : fields )
  {
    FieldState state;
    state.spec = std::move( spec );
    mFields.push_back( std::move( state ) );
  }
}

void ProfileBuilder::countNumber( FieldState &state, double value, bool isSeed )
{
  Counts &counts = state.numberCounts[roundTo( value, state.numberRounding )];
  ++counts.base;
  if ( isSeed )
    ++counts.seed;
  if ( state.numberCounts.size() <= kMaxDistinctNumbers )
    return;
  // Too many distinct values to keep exactly: coarsen to a grid 1/4096 of the
  // observed range (quantile edges then within range/4096 of the exact ones).
  // Halves first: highest - lowest overflows to infinity for values near ±DBL_MAX.
  const double halfRange = state.numberCounts.rbegin()->first / 2 - state.numberCounts.begin()->first / 2;
  state.numberRounding = std::max( state.numberRounding * 2, halfRange / 2048.0 );
  std::map<double, Counts> coarser;
  for ( const auto &[number, numberCounts] : state.numberCounts )
  {
    Counts &target = coarser[roundTo( number, state.numberRounding )];
    target.base += numberCounts.base;
    target.seed += numberCounts.seed;
  }
  state.numberCounts.swap( coarser );
}

void ProfileBuilder::countFirstPass( const std::vector<FieldValue> &values, bool isSeed )
{
  ++mBaseCount;
  if ( isSeed )
    ++mSeedCount;
  for ( size_t i = 0; i < mFields.size() && i < values.size(); ++i )
  {
    FieldState &state = mFields[i];
    const FieldValue &value = values[i];
    if ( state.spec.numeric ? !value.number || !std::isfinite( *value.number ) : !value.text )
    {
      ++state.missing.base;
      if ( isSeed )
        ++state.missing.seed;
      continue;
    }
    if ( state.spec.numeric )
    {
      countNumber( state, *value.number, isSeed );
      continue;
    }
    auto found = state.textCounts.find( *value.text );
    if ( found == state.textCounts.end() )
    {
      if ( state.textCounts.size() > static_cast<size_t>( mSettings.maxTextCategories ) )
      {
        state.tooManyTexts = true; // stop growing: the field will be rejected
        continue;
      }
      found = state.textCounts.emplace( *value.text, Counts() ).first;
    }
    ++found->second.base;
    if ( isSeed )
      ++found->second.seed;
  }
}

void ProfileBuilder::finishFirstPass()
{
  if ( mSeedCount == 0 )
    throw ProfileError( ProfileError::Reason::EmptySeed, "The seed is empty: no household of the base matches the seed expression." );
  if ( mSeedCount < mSettings.minCell )
    throw ProfileError( ProfileError::Reason::SeedBelowMinimumCell, "The seed has " + std::to_string( mSeedCount ) + " households, fewer than the minimum cell size MIN_CELL = " + std::to_string( mSettings.minCell ) + "; a profile of so few households could single them out.", std::string(), mSeedCount, mSettings.minCell );

  for ( FieldState &state : mFields )
  {
    if ( state.tooManyTexts )
      throw ProfileError( ProfileError::Reason::TooManyCategories, "Field '" + state.spec.name + "' has more than " + std::to_string( mSettings.maxTextCategories ) + " distinct values; it looks like an identifier or free text, not a characteristic. Remove it from the profile fields, or recode it into fewer categories first (e.g. with the Field Calculator).", state.spec.name, 0, mSettings.maxTextCategories );

    const bool categoricalNumbers = state.spec.numeric && state.spec.integerValues && state.numberRounding == 0 && state.numberCounts.size() <= static_cast<size_t>( mSettings.maxNumericCategories );
    if ( !state.spec.numeric || categoricalNumbers )
    {
      state.kind = FieldKind::Categorical;
      if ( state.spec.numeric )
      {
        for ( const auto &[number, counts] : state.numberCounts )
        {
          state.rawLabels.push_back( numberKey( number ) );
          state.rawCounts.push_back( counts );
        }
      }
      else
      {
        for ( const auto &[text, counts] : state.textCounts )
        {
          state.rawLabels.push_back( text );
          state.rawCounts.push_back( counts );
        }
      }
    }
    else
    {
      // Quantile edges of the base: edge i is the value at sorted position
      // floor(i * n / bins) (0-based), so bins hold n / bins values each when
      // there are no ties; coinciding edges are dropped.
      state.kind = FieldKind::Binned;
      const long long valueCount = std::accumulate( state.numberCounts.begin(), state.numberCounts.end(), 0LL,
                                                    []( long long sum, const auto &entry )
                                                    { return sum + entry.second.base; } );
      auto entry = state.numberCounts.begin();
      long long cumulative = 0; // values before `entry`
      for ( int i = 1; i < mSettings.bins && valueCount > 0; ++i )
      {
        const long long position = static_cast<long long>( std::floor( static_cast<double>( i ) * valueCount / mSettings.bins ) );
        while ( entry != state.numberCounts.end() && cumulative + entry->second.base <= position )
        {
          cumulative += entry->second.base;
          ++entry;
        }
        if ( entry == state.numberCounts.end() )
          break;
        if ( state.binEdges.empty() || entry->first > state.binEdges.back() )
          state.binEdges.push_back( entry->first );
      }
      for ( size_t bin = 0; bin <= state.binEdges.size(); ++bin )
        state.rawLabels.push_back( binLabel( state.binEdges, static_cast<int>( bin ) ) );
      state.rawCounts.assign( state.rawLabels.size(), Counts() ); // counted in the second pass
      state.numberCounts.clear();
    }
    state.textCounts.clear();
    state.rawLabels.push_back( kMissingCategory );
    state.rawCounts.push_back( state.missing );
  }

  mScoringFieldIndexes.clear();
  for ( size_t i = 0; i < mFields.size(); ++i )
  {
    if ( mFields[i].spec.usedForScoring )
      mScoringFieldIndexes.push_back( static_cast<int>( i ) );
  }
  mJointCounts.clear();
  for ( size_t a = 0; a < mScoringFieldIndexes.size(); ++a )
  {
    for ( size_t b = a + 1; b < mScoringFieldIndexes.size(); ++b )
      mJointCounts.emplace_back( mFields[mScoringFieldIndexes[a]].rawLabels.size() * mFields[mScoringFieldIndexes[b]].rawLabels.size(), 0 );
  }
  mFirstPassFinished = true;
}

int ProfileBuilder::FieldState::rawIndexOf( const FieldValue &value ) const
{
  const int missingIndex = static_cast<int>( rawLabels.size() ) - 1;
  if ( spec.numeric ? !value.number || !std::isfinite( *value.number ) : !value.text )
    return missingIndex;
  if ( kind == FieldKind::Binned )
    return static_cast<int>( std::upper_bound( binEdges.begin(), binEdges.end(), *value.number ) - binEdges.begin() );
  const std::string label = spec.numeric ? numberKey( *value.number ) : *value.text;
  // rawLabels (without the trailing "(missing)") are sorted: text order for
  // text fields, numeric order for numbers.
  if ( !spec.numeric )
  {
    const auto found = std::lower_bound( rawLabels.begin(), rawLabels.end() - 1, label );
    if ( found != rawLabels.end() - 1 && *found == label )
      return static_cast<int>( found - rawLabels.begin() );
    return -1;
  }
  const auto found = std::find( rawLabels.begin(), rawLabels.end() - 1, label );
  return found != rawLabels.end() - 1 ? static_cast<int>( found - rawLabels.begin() ) : -1;
}

void ProfileBuilder::countSecondPass( const std::vector<FieldValue> &values, bool isSeed )
{
  if ( !mFirstPassFinished )
    throw ProfileError( ProfileError::Reason::Usage, "countSecondPass() called before finishFirstPass()" );
  ++mSecondPassCount;
  std::vector<int> rawIndexes( mFields.size(), -1 );
  for ( size_t i = 0; i < mFields.size() && i < values.size(); ++i )
  {
    FieldState &state = mFields[i];
    rawIndexes[i] = state.rawIndexOf( values[i] );
    if ( state.kind == FieldKind::Binned && rawIndexes[i] >= 0 && rawIndexes[i] < static_cast<int>( state.rawLabels.size() ) - 1 )
    {
      ++state.rawCounts[rawIndexes[i]].base;
      if ( isSeed )
        ++state.rawCounts[rawIndexes[i]].seed;
    }
  }
  size_t pair = 0;
  for ( size_t a = 0; a < mScoringFieldIndexes.size(); ++a )
  {
    for ( size_t b = a + 1; b < mScoringFieldIndexes.size(); ++b, ++pair )
    {
      const int rawA = rawIndexes[mScoringFieldIndexes[a]];
      const int rawB = rawIndexes[mScoringFieldIndexes[b]];
      if ( rawA < 0 || rawB < 0 )
        continue;
      ++mJointCounts[pair][static_cast<size_t>( rawA ) * mFields[mScoringFieldIndexes[b]].rawLabels.size() + rawB];
    }
  }
}

Profile ProfileBuilder::finish()
{
  if ( !mFirstPassFinished )
    throw ProfileError( ProfileError::Reason::Usage, "finish() called before finishFirstPass()" );
  if ( mSecondPassCount != mBaseCount )
    throw ProfileError( ProfileError::Reason::InputChanged, "The second pass read " + std::to_string( mSecondPassCount ) + " households, the first " + std::to_string( mBaseCount ) + ": the input changed while the profile was built.", std::string(), mSecondPassCount, mBaseCount );

  Profile profile;
  profile.seedExpression = mSettings.seedExpression;
  profile.baseExpression = mSettings.baseExpression;
  profile.seedCount = mSeedCount;
  profile.baseCount = mBaseCount;
  profile.bins = mSettings.bins;
  profile.minCell = mSettings.minCell;
  profile.priorStrength = mSettings.priorStrength;

  // rawToFinal[field][raw] = index of the final category (after merging).
  std::vector<std::vector<int>> rawToFinal;
  for ( FieldState &state : mFields )
  {
    ProfileField field;
    field.name = state.spec.name;
    field.kind = state.kind;
    field.numericSource = state.spec.numeric;
    field.usedForScoring = state.spec.usedForScoring;
    field.binEdges = state.binEdges;

    // Small cells go into "(other)"; while "(other)" itself is small, the
    // smallest remaining category joins it, so that no count from 1 to
    // MIN_CELL - 1 is ever published, not even by subtraction from the totals.
    const size_t rawCount = state.rawLabels.size();
    std::vector<bool> merged( rawCount, false );
    Counts other;
    auto isSmall = [this]( const Counts &counts )
    { return counts.seed < mSettings.minCell || counts.base < mSettings.minCell; };
    for ( size_t raw = 0; raw < rawCount; ++raw )
    {
      const Counts &counts = state.rawCounts[raw];
      if ( counts.base == 0 )
        continue; // an empty bin or an absent "(missing)": not a category
      if ( isSmall( counts ) )
      {
        merged[raw] = true;
        other.seed += counts.seed;
        other.base += counts.base;
      }
    }
    // "(other)" without any seed household singles nobody out (and tells the
    // scoring that those values are rare in the seed): it needs only MIN_CELL
    // base households. Otherwise a field like first_lang, whose other values
    // have no seed household at all, would lose its only informative split.
    auto otherIsSmall = [this]( const Counts &counts )
    { return counts.base < mSettings.minCell || ( counts.seed > 0 && counts.seed < mSettings.minCell ); };
    while ( other.base > 0 && otherIsSmall( other ) )
    {
      int smallest = -1;
      for ( size_t raw = 0; raw < rawCount; ++raw )
      {
        if ( merged[raw] || state.rawCounts[raw].base == 0 )
          continue;
        if ( smallest < 0 || state.rawCounts[raw].base < state.rawCounts[smallest].base )
          smallest = static_cast<int>( raw );
      }
      if ( smallest < 0 )
        break; // everything is in "(other)": the field carries no information
      merged[smallest] = true;
      other.seed += state.rawCounts[smallest].seed;
      other.base += state.rawCounts[smallest].base;
    }

    std::vector<int> finalIndexes( rawCount, -1 );
    for ( size_t raw = 0; raw < rawCount; ++raw )
    {
      if ( state.rawCounts[raw].base == 0 )
        continue;
      if ( merged[raw] )
      {
        field.mergedIntoOther.push_back( state.rawLabels[raw] );
        continue;
      }
      finalIndexes[raw] = static_cast<int>( field.categories.size() );
      field.categories.push_back( { state.rawLabels[raw], state.rawCounts[raw].seed, state.rawCounts[raw].base } );
    }
    if ( other.base > 0 )
    {
      const int otherIndex = static_cast<int>( field.categories.size() );
      field.categories.push_back( { kOtherCategory, other.seed, other.base } );
      for ( size_t raw = 0; raw < rawCount; ++raw )
      {
        if ( merged[raw] )
          finalIndexes[raw] = otherIndex;
      }
    }
    rawToFinal.push_back( std::move( finalIndexes ) );
    profile.fields.push_back( std::move( field ) );
  }

  // Scoring weights: the correlation of the fields' log likelihood ratios
  // over the base, from the pairwise joint counts. weight = 1 / (1 + sum_j r_ij^2)
  // over the other fields j: an independent field keeps weight 1, two copies
  // of the same field get 1/2 each, so a characteristic is not counted twice,
  // while the many weak correlations of real profiles cost little. (1 / sum |r|
  // flattened the probabilities: wijk MAE 12.0 against 9.4 on the demo data,
  // see bench/README.md.)
  const size_t scoringCount = mScoringFieldIndexes.size();
  std::vector<std::vector<double>> logRatioOfRaw( scoringCount );
  std::vector<double> mean( scoringCount, 0 ), variance( scoringCount, 0 );
  const double baseTotal = static_cast<double>( mBaseCount );
  for ( size_t s = 0; s < scoringCount; ++s )
  {
    const int f = mScoringFieldIndexes[s];
    const ProfileField &field = profile.fields[f];
    const FieldState &state = mFields[f];
    logRatioOfRaw[s].assign( state.rawLabels.size(), 0.0 );
    double sum = 0, sumSquares = 0;
    for ( size_t raw = 0; raw < state.rawLabels.size(); ++raw )
    {
      const int category = rawToFinal[f][raw];
      if ( category < 0 )
        continue;
      const double logRatio = std::log( profile.likelihoodRatio( field, category ) );
      logRatioOfRaw[s][raw] = logRatio;
      sum += state.rawCounts[raw].base * logRatio;
      sumSquares += state.rawCounts[raw].base * logRatio * logRatio;
    }
    mean[s] = sum / baseTotal;
    variance[s] = std::max( sumSquares / baseTotal - mean[s] * mean[s], 0.0 );
  }
  std::vector<double> correlationPenalty( scoringCount, 1.0 );
  size_t pair = 0;
  for ( size_t a = 0; a < scoringCount; ++a )
  {
    for ( size_t b = a + 1; b < scoringCount; ++b, ++pair )
    {
      if ( variance[a] <= 0 || variance[b] <= 0 )
        continue;
      const size_t rawCountB = logRatioOfRaw[b].size();
      double crossSum = 0;
      for ( size_t rawA = 0; rawA < logRatioOfRaw[a].size(); ++rawA )
      {
        for ( size_t rawB = 0; rawB < rawCountB; ++rawB )
          crossSum += mJointCounts[pair][rawA * rawCountB + rawB] * logRatioOfRaw[a][rawA] * logRatioOfRaw[b][rawB];
      }
      const double covariance = crossSum / baseTotal - mean[a] * mean[b];
      const double correlation = std::clamp( covariance / std::sqrt( variance[a] * variance[b] ), -1.0, 1.0 );
      correlationPenalty[a] += correlation * correlation;
      correlationPenalty[b] += correlation * correlation;
    }
  }
  for ( size_t s = 0; s < scoringCount; ++s )
    profile.fields[mScoringFieldIndexes[s]].scoringWeight = 1.0 / correlationPenalty[s];
  return profile;
}

} // namespace targetgroup::engine
