// libFuzzer target: the profile loader, targetgroup::profileFromJson(), with
// what scorehouseholds and areareport then do with the profile it returns.
// A QgsProcessingException (or the engine's ScoringError, which
// scorehouseholds turns into one) is the expected answer to a bad file;
// anything else -- a crash, another exception, a sanitizer report -- is a finding.

#include "common/profilefile.h"
#include "engine/profilesummary.h"
#include "engine/scoring.h"

#include <qgsexception.h>

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

using namespace targetgroup;

namespace
{

//! Values scorehouseholds meets: every category label, the bin edges and
//! values around them, NULL, and a value no profile holds.
std::vector<engine::FieldValue> probeValues( const engine::ProfileField &field )
{
  std::vector<engine::FieldValue> values{ engine::FieldValue::missing(), engine::FieldValue::ofText( "no such value" ),
                                          engine::FieldValue::ofNumber( 0 ), engine::FieldValue::ofNumber( -1e300 ) };
  for ( const engine::ProfileCategory &category : field.categories )
    values.push_back( engine::FieldValue::ofText( category.label ) );
  for ( const double edge : field.binEdges )
  {
    values.push_back( engine::FieldValue::ofNumber( edge ) );
    values.push_back( engine::FieldValue::ofNumber( edge - 0.5 ) );
  }
  return values;
}

void score( const engine::Profile &profile, engine::ScoringMethod method )
{
  try
  {
    const engine::HouseholdScorer scorer( profile, method );
    const std::vector<const engine::ProfileField *> &fields = scorer.fields();
    for ( size_t probe = 0; probe < fields.size(); ++probe )
    {
      for ( const engine::FieldValue &value : probeValues( *fields[probe] ) )
      {
        // one household: the probed value in one field, NULL in the others
        std::vector<engine::FieldValue> household( fields.size(), engine::FieldValue::missing() );
        household[probe] = value;
        std::vector<int> unseen;
        scorer.score( household, &unseen );
      }
    }
  }
  catch ( const engine::ScoringError & )
  {
  }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput( const uint8_t *data, size_t size )
{
  const QByteArray json( reinterpret_cast<const char *>( data ), static_cast<int>( size ) );
  engine::Profile profile;
  try
  {
    profile = profileFromJson( json, QStringLiteral( "fuzz.json" ) );
  }
  catch ( const QgsProcessingException & )
  {
    return 0;
  }
  score( profile, engine::ScoringMethod::ProfileLikelihood );
  score( profile, engine::ScoringMethod::CentralProfileSimilarity );
  score( profile, engine::ScoringMethod::PuLogistic ); // format version 2: the coefficients
  engine::summarizeProfile( profile );
  // What the loader accepted, written and read again (a profile is also an output).
  try
  {
    profileFromJson( profileToJson( profile ), QStringLiteral( "fuzz-roundtrip.json" ) );
  }
  catch ( const QgsProcessingException & )
  {
  }
  return 0;
}
