// libFuzzer target: the category and binning path of the QGIS-free engine.
// The input is read as field specs, settings and households, which are given
// to engine::ProfileBuilder in both passes exactly as buildprofile does (the
// same households twice, one value per field). A ProfileError is the expected
// answer to settings or data it cannot profile. A crash, another exception, a
// sanitizer report, or a profile that breaks what the profile format promises
// (checked below) is a finding.

#include "engine/profilebuilder.h"
#include "engine/scoring.h"

#include <fuzzer/FuzzedDataProvider.h>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

using namespace targetgroup::engine;

namespace
{

struct Household
{
  std::vector<FieldValue> values;
  bool isSeed = false;
};

//! Keeps one input fast (a slow input is a finding only when the engine is slow).
constexpr size_t kMaxHouseholds = 150000;

void check( bool condition, const char *what )
{
  if ( condition )
    return;
  std::fprintf( stderr, "profile invariant broken: %s\n", what );
  std::abort();
}

double consumeNumber( FuzzedDataProvider &input, bool integerValues )
{
  double number = 0;
  switch ( input.ConsumeIntegralInRange<int>( 0, 3 ) )
  {
  case 0: // a small integer: categorical numbers
    number = input.ConsumeIntegralInRange<int>( -3, 20 );
    break;
  case 1: // a value on a moderate range: binned numbers
    number = input.ConsumeFloatingPointInRange<double>( -1000.0, 1000.0 );
    break;
  case 2: // anything a double holds, NaN and infinities included
    number = input.ConsumeFloatingPoint<double>();
    break;
  default:
  {
    const uint64_t bits = input.ConsumeIntegral<uint64_t>();
    std::memcpy( &number, &bits, sizeof number );
    break;
  }
  }
  // an integer field's values are integers (doubles this large all are)
  return integerValues && std::isfinite( number ) ? std::round( number ) : number;
}

FieldValue consumeValue( FuzzedDataProvider &input, const ProfileFieldSpec &spec )
{
  switch ( input.ConsumeIntegralInRange<int>( 0, 7 ) )
  {
  case 0:
    return FieldValue::missing();
  case 1: // the other kind than the field's (the adapter never does this; the engine must cope)
    return spec.numeric ? FieldValue::ofText( input.ConsumeRandomLengthString( 4 ) ) : FieldValue::ofNumber( consumeNumber( input, true ) );
  default:
    return spec.numeric ? FieldValue::ofNumber( consumeNumber( input, spec.integerValues ) ) : FieldValue::ofText( input.ConsumeRandomLengthString( 6 ) );
  }
}

//! What the profile format and the README promise of a built profile.
void checkProfile( const Profile &profile, const std::vector<Household> &households, const ProfileSettings &settings )
{
  for ( const ProfileField &field : profile.fields )
  {
    long long seedSum = 0, baseSum = 0;
    for ( const ProfileCategory &category : field.categories )
    {
      // no count from 1 to MIN_CELL - 1 is published ("(other)" may have no seed household)
      check( category.baseCount >= settings.minCell, "a category with fewer than MIN_CELL base households" );
      check( category.seedCount == 0 || category.seedCount >= settings.minCell, "a category with 1 to MIN_CELL - 1 seed households" );
      check( category.seedCount <= category.baseCount, "more seed than base households in a category" );
      seedSum += category.seedCount;
      baseSum += category.baseCount;
    }
    // every household is in exactly one category of every field
    check( seedSum == profile.seedCount, "the categories' seed counts do not add up to the seed" );
    check( baseSum == profile.baseCount, "the categories' base counts do not add up to the base" );
    for ( size_t i = 0; i < field.binEdges.size(); ++i )
    {
      check( std::isfinite( field.binEdges[i] ), "a bin edge that is not a finite number" );
      check( i == 0 || field.binEdges[i - 1] < field.binEdges[i], "bin edges not strictly ascending" );
    }
    check( field.kind == FieldKind::Binned || field.binEdges.empty(), "bin edges on a categorical field" );
    check( !field.usedForScoring || ( field.scoringWeight > 0 && field.scoringWeight <= 1 ), "a scoring weight outside (0, 1]" );
  }
  // nothing silently lost: every value of the base falls in a category
  for ( const Household &household : households )
  {
    for ( size_t f = 0; f < profile.fields.size(); ++f )
    {
      const ProfileField &field = profile.fields[f];
      const FieldValue &value = household.values[f];
      // a value of the other kind (not the adapter's contract) only has to be survived
      const bool otherKind = field.numericSource ? value.text.has_value() : value.number.has_value();
      if ( otherKind || field.categoryOf( value ) >= 0 )
        continue;
      std::fprintf( stderr, "field %zu '%s' (%s), value '%s', categories:", f, field.name.c_str(),
                    field.kind == FieldKind::Binned ? "binned" : "categorical", field.rawLabelOf( value ).c_str() );
      for ( const ProfileCategory &category : field.categories )
        std::fprintf( stderr, " '%s'", category.label.c_str() );
      std::fprintf( stderr, "\n" );
      check( false, "a value of the base without a category" );
    }
  }
  try
  {
    const HouseholdScorer scorer( profile, ScoringMethod::ProfileLikelihood );
    std::vector<FieldValue> scoringValues;
    for ( size_t f = 0; f < profile.fields.size(); ++f )
    {
      if ( profile.fields[f].usedForScoring )
        scoringValues.push_back( households.front().values[f] );
    }
    check( std::isfinite( scorer.score( scoringValues ) ), "a household score that is not a finite number" );
  }
  catch ( const ScoringError & )
  {
    // a profile of descriptive fields only
  }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput( const uint8_t *data, size_t size )
{
  FuzzedDataProvider input( data, size );

  std::vector<ProfileFieldSpec> specs( input.ConsumeIntegralInRange<size_t>( 1, 5 ) );
  for ( ProfileFieldSpec &spec : specs )
  {
    spec.name = input.ConsumeRandomLengthString( 6 );
    spec.numeric = input.ConsumeBool();
    spec.usedForScoring = input.ConsumeBool();
    spec.integerValues = input.ConsumeBool();
  }
  // Around the ranges buildprofile allows (BINS 2..20, MIN_CELL >= 1), past them
  // on both sides; the text and numeric category limits around their defaults.
  ProfileSettings settings;
  settings.bins = input.ConsumeIntegralInRange<int>( -1, 40 );
  settings.minCell = input.ConsumeIntegralInRange<int>( -1, 40 );
  settings.maxNumericCategories = input.ConsumeIntegralInRange<int>( 0, 24 );
  settings.maxTextCategories = input.ConsumeIntegralInRange<int>( 0, 250 );
  // shrunkLikelihoodRatio() is a Gamma(k, k) prior: k > 0 is its contract
  if ( input.ConsumeBool() )
    settings.priorStrength = input.ConsumeFloatingPointInRange<double>( 0.01, 1000.0 );

  std::vector<Household> households;
  while ( input.remaining_bytes() > 0 && households.size() < kMaxHouseholds )
  {
    const uint8_t operation = input.ConsumeIntegral<uint8_t>();
    if ( operation >= 200 && operation < 240 && !households.empty() )
    {
      // the last household again, up to 255 times: reaches MIN_CELL cheaply
      const Household last = households.back();
      const size_t copies = input.ConsumeIntegral<uint8_t>();
      for ( size_t copy = 0; copy < copies && households.size() < kMaxHouseholds; ++copy )
        households.push_back( last );
      continue;
    }
    if ( operation >= 240 )
    {
      // a run of households whose numbers follow start + i * step: many
      // distinct values for the quantiles; rarely (operation 255) more than
      // kMaxDistinctNumbers, which makes numeric fields coarsen their values
      const size_t count = operation == 255 ? ProfileBuilder::kMaxDistinctNumbers + input.ConsumeIntegralInRange<size_t>( 1, 1000 )
                                            : input.ConsumeIntegralInRange<size_t>( 0, 256 );
      const double start = consumeNumber( input, false );
      const double step = consumeNumber( input, false );
      const int seedEvery = input.ConsumeIntegralInRange<int>( 1, 16 );
      for ( size_t i = 0; i < count && households.size() < kMaxHouseholds; ++i )
      {
        Household household;
        household.isSeed = i % seedEvery == 0;
        for ( const ProfileFieldSpec &spec : specs )
        {
          const double number = start + static_cast<double>( i ) * step;
          household.values.push_back( spec.numeric ? FieldValue::ofNumber( spec.integerValues && std::isfinite( number ) ? std::round( number ) : number )
                                                   : FieldValue::ofText( std::to_string( i % 7 ) ) );
        }
        households.push_back( std::move( household ) );
      }
      continue;
    }
    Household household;
    household.isSeed = input.ConsumeBool();
    for ( const ProfileFieldSpec &spec : specs )
      household.values.push_back( consumeValue( input, spec ) );
    households.push_back( std::move( household ) );
  }

  try
  {
    ProfileBuilder builder( specs, settings );
    for ( const Household &household : households )
      builder.countFirstPass( household.values, household.isSeed );
    builder.finishFirstPass();
    for ( const Household &household : households )
      builder.countSecondPass( household.values, household.isSeed );
    const Profile profile = builder.finish();
    check( profile.seedCount >= settings.minCell, "a profile of fewer seed households than MIN_CELL" );
    checkProfile( profile, households, settings );
  }
  catch ( const ProfileError & )
  {
  }
  return 0;
}
