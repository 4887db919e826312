// Memory and speed of engine::FusedAreaScoring at national scale: synthetic
// households (engine::drawHousehold, as targetgroup:synthetichouseholds makes
// them) in N areas, scored against a profile built from the first areas, and
// summed per area in one pass. Engine only: no file is read or written, so the
// time is the engine's share of an area-only fullanalysis.
//
// Usage: bench_fusedscoring [households] [areas] [order]
//   defaults 8270244 3352 grouped; order: grouped (area after area, as
//   synthetichouseholds writes them) or interleaved (one household of every
//   area in turn: the worst case for the run lists).

#include "engine/fusedareascoring.h"
#include "engine/profilebuilder.h"
#include "engine/synthetichouseholds.h"

#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

using namespace targetgroup::engine;

namespace
{

// As demo.sh profiles: scored fields, then descriptive ones.
const std::vector<std::pair<const char *, bool>> kScored = { { "age_class", false }, { "hh_type", false }, { "education", false }, { "income", true }, { "tenure", false }, { "dwelling", false }, { "segment", false } };

template<typename Optional, typename Label>
FieldValue textOf( const Optional &value, Label label )
{
  return value ? FieldValue::ofText( label( *value ) ) : FieldValue::missing();
}

std::vector<FieldValue> valuesOf( const SyntheticHousehold &s )
{
  return {
      textOf( s.ageClass, []( AgeClass v )
              { return std::string( label( v ) ); } ),
      FieldValue::ofText( label( s.householdType ) ),
      textOf( s.education, []( Education v )
              { return std::string( label( v ) ); } ),
      s.income ? FieldValue::ofNumber( *s.income ) : FieldValue::missing(),
      textOf( s.tenure, []( Tenure v )
              { return std::string( label( v ) ); } ),
      FieldValue::ofText( label( s.dwelling ) ),
      FieldValue::ofText( kSegmentLabels[static_cast<size_t>( s.segment )] ),
  };
}

long peakRssMegabytes()
{
  rusage usage{};
  getrusage( RUSAGE_SELF, &usage );
  return usage.ru_maxrss / 1024;
}

double secondsSince( std::chrono::steady_clock::time_point start )
{
  return std::chrono::duration<double>( std::chrono::steady_clock::now() - start ).count();
}

} // namespace

int main( int argc, char **argv )
{
  const long long households = argc > 1 ? std::atoll( argv[1] ) : 8270244;
  const std::size_t areas = argc > 2 ? static_cast<std::size_t>( std::atoll( argv[2] ) ) : 3352;
  const std::string order = argc > 3 ? argv[3] : "grouped";
  const std::uint64_t seed = 20231;
  const std::vector<long long> perArea = splitEvenly( households, areas );

  // The profile from the first 100 areas (two passes over a stored sample).
  std::vector<ProfileFieldSpec> specs;
  for ( const auto &[name, numeric] : kScored )
    specs.push_back( { name, numeric, true } );
  ProfileSettings settings;
  ProfileBuilder builder( specs, settings );
  std::vector<std::pair<std::vector<FieldValue>, bool>> sample;
  for ( std::size_t area = 0; area < std::min<std::size_t>( 100, areas ); ++area )
  {
    PortableRandom random( areaStreamSeed( seed, area, RandomStream::Attributes ) );
    const AreaEffects effects = AreaEffects::draw( random );
    for ( long long i = 0; i < perArea[area]; ++i )
    {
      const SyntheticHousehold s = drawHousehold( random, effects );
      sample.emplace_back( valuesOf( s ), s.easyReadLoans > 0 && s.dutchFirstLanguage );
    }
  }
  for ( const auto &[values, isSeed] : sample )
    builder.countFirstPass( values, isSeed );
  builder.finishFirstPass();
  for ( const auto &[values, isSeed] : sample )
    builder.countSecondPass( values, isSeed );
  const Profile profile = builder.finish();
  sample = {};
  const long rssBefore = peakRssMegabytes();

  FusedAreaScoring fused( profile, ScoringMethod::ProfileLikelihood, 0.10, areas );
  std::vector<PortableRandom> randoms;
  std::vector<AreaEffects> effects;
  for ( std::size_t area = 0; area < areas; ++area )
  {
    randoms.emplace_back( areaStreamSeed( seed, area, RandomStream::Attributes ) );
    effects.push_back( AreaEffects::draw( randoms.back() ) );
  }
  const auto start = std::chrono::steady_clock::now();
  double drawSeconds = 0;
  if ( order == "interleaved" )
  {
    std::vector<long long> left = perArea;
    for ( bool any = true; any; )
    {
      any = false;
      for ( std::size_t area = 0; area < areas; ++area )
      {
        if ( left[area] == 0 )
          continue;
        --left[area];
        any = true;
        const SyntheticHousehold s = drawHousehold( randoms[area], effects[area] );
        fused.addHousehold( valuesOf( s ), ScoringSession::kOutsideEveryGroup, static_cast<long long>( area ), s.isMember );
      }
    }
  }
  else
  {
    for ( std::size_t area = 0; area < areas; ++area )
    {
      for ( long long i = 0; i < perArea[area]; ++i )
      {
        const SyntheticHousehold s = drawHousehold( randoms[area], effects[area] );
        fused.addHousehold( valuesOf( s ), ScoringSession::kOutsideEveryGroup, static_cast<long long>( area ), s.isMember );
      }
    }
  }
  const double passSeconds = secondsSince( start );
  const auto finishStart = std::chrono::steady_clock::now();
  const std::size_t bytes = fused.memoryBytes();
  const std::size_t runs = fused.runCount();
  fused.finish();
  const double finishSeconds = secondsSince( finishStart );
  // Time of drawing alone (the same households again), to separate the engine's share.
  const auto drawStart = std::chrono::steady_clock::now();
  long long checksum = 0;
  for ( std::size_t area = 0; area < std::min<std::size_t>( areas, 300 ); ++area )
  {
    PortableRandom random( areaStreamSeed( seed, area, RandomStream::Attributes ) );
    const AreaEffects areaEffects = AreaEffects::draw( random );
    for ( long long i = 0; i < perArea[area]; ++i )
      checksum += valuesOf( drawHousehold( random, areaEffects ) ).size();
  }
  drawSeconds = secondsSince( drawStart ) * static_cast<double>( households ) / static_cast<double>( std::max<long long>( 1, checksum / 7 ) );

  std::printf( "households %lld, areas %zu, order %s\n", households, areas, order.c_str() );
  std::printf( "distinct (group, bin) %zu, runs %zu (%.3f per household)\n", fused.binCount(), runs, static_cast<double>( runs ) / static_cast<double>( households ) );
  std::printf( "session memory %.1f MB; peak RSS %ld MB (before the pass %ld MB)\n", static_cast<double>( bytes ) / 1e6, peakRssMegabytes(), rssBefore );
  std::printf( "pass %.2f s (of which drawing the households about %.2f s), finish %.3f s, tie pass needed: %s\n", passSeconds, drawSeconds, finishSeconds, fused.needsTiePass() ? "yes" : "no" );
  if ( !fused.needsTiePass() )
  {
    std::printf( "expected total %.3f, reference %lld, matched %lld\n", fused.expectedTotal(), fused.referenceCount(), fused.matched() );
    const auto replayStart = std::chrono::steady_clock::now();
    const AreaAggregationSession replayed = fused.toAggregationSession();
    std::printf( "toAggregationSession() %.3f s (%lld households replayed)\n", secondsSince( replayStart ), replayed.read() );
  }
  return 0;
}
