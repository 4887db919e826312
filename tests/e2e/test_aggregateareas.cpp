// End to end: qgis_process.bin aggregates the demo households to wijken and
// gemeenten with targetgroup:aggregateareas, rolls the wijken up with
// targetgroup:rollupareas, and the rollup equals the direct aggregation.
//
// The demo households are not scored: tg_truth (0/1) serves as the
// probability and the reference-group flag (both 0/1), and is_member as
// membership. That is enough to check the counting and the sums end to end.

#include "processrunner.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

#include <cmath>

using namespace targetgroup::test;

namespace
{

QString demoLayer( const QString &layer )
{
  return QStringLiteral( "%1|layername=%2" ).arg( demoDataPath(), layer );
}

const QStringList kScoringFields = { QStringLiteral( "--PROB_FIELD=tg_truth" ), QStringLiteral( "--REF_FIELD=tg_truth" ),
                                     QStringLiteral( "--MEMBER=\"is_member\" = 1" ) };

//! Properties of a GeoJSON output, by the value of \a keyField.
QMap<QString, QJsonObject> readProperties( const QString &path, const QString &keyField )
{
  QMap<QString, QJsonObject> byKey;
  QFile file( path );
  if ( !file.open( QIODevice::ReadOnly ) )
    return byKey;
  const QJsonArray features = QJsonDocument::fromJson( file.readAll() ).object().value( QStringLiteral( "features" ) ).toArray();
  for ( const QJsonValue &feature : features )
  {
    const QJsonObject properties = feature.toObject().value( QStringLiteral( "properties" ) ).toObject();
    byKey.insert( properties.value( keyField ).toString(), properties );
  }
  return byKey;
}

const QStringList kFigureFields = { QStringLiteral( "hh_total" ), QStringLiteral( "tg_expected" ), QStringLiteral( "tg_expected_low" ),
                                    QStringLiteral( "tg_expected_high" ), QStringLiteral( "tg_variance" ), QStringLiteral( "tg_ref" ),
                                    QStringLiteral( "tg_share" ), QStringLiteral( "tg_index" ), QStringLiteral( "mem_total" ),
                                    QStringLiteral( "mem_penetration" ), QStringLiteral( "mem_tg_expected" ), QStringLiteral( "tg_reach" ),
                                    QStringLiteral( "tg_untapped" ), QStringLiteral( "suppressed" ) };

} // namespace

TEST( EndToEndAggregateAreas, RollupToGemeenteEqualsDirectAggregation )
{
  const InstalledPlugin &plugin = InstalledPlugin::instance();
  ASSERT_TRUE( plugin.setupError().isEmpty() ) << plugin.setupError().toStdString();
  ASSERT_TRUE( QFileInfo::exists( demoDataPath() ) ) << demoDataPath().toStdString();
  const QString scratch = plugin.scratchDirectory();

  // 1. One pass over the households, at the finest level, unsuppressed (internal layer).
  const QString fine = scratch + QStringLiteral( "/e2e_agg_wijk.gpkg" );
  ProcessResult process;
  QJsonObject json = plugin.runJson( QStringLiteral( "targetgroup:aggregateareas" ),
                                     QStringList{ QStringLiteral( "--INPUT=%1" ).arg( demoLayer( QStringLiteral( "households" ) ) ),
                                                  QStringLiteral( "--AREAS=%1" ).arg( demoLayer( QStringLiteral( "wijk" ) ) ),
                                                  QStringLiteral( "--MIN_COUNT=0" ), QStringLiteral( "--OUTPUT=%1" ).arg( fine ) } +
                                         kScoringFields,
                                     &process );
  ASSERT_EQ( process.exitCode, 0 ) << process.transcript().toStdString();
  QJsonObject results = json.value( QStringLiteral( "results" ) ).toObject();
  // The demo file has 30,000 households, all generated inside a wijk.
  EXPECT_EQ( results.value( QStringLiteral( "MATCHED" ) ).toDouble() + results.value( QStringLiteral( "UNMATCHED" ) ).toDouble(), 30000.0 ) << process.transcript().toStdString();
  EXPECT_EQ( results.value( QStringLiteral( "UNMATCHED" ) ).toDouble(), 0.0 );

  // 2. Gemeente polygons that are exactly the union of their wijken (the CBS
  //    gemeente layer was generalised separately, so its outline differs).
  const QString withCode = scratch + QStringLiteral( "/e2e_wijk_gm.gpkg" );
  process = ProcessResult();
  plugin.runJson( QStringLiteral( "native:fieldcalculator" ),
                  { QStringLiteral( "--INPUT=%1" ).arg( demoLayer( QStringLiteral( "wijk" ) ) ), QStringLiteral( "--FIELD_NAME=gm" ),
                    QStringLiteral( "--FIELD_TYPE=2" ), QStringLiteral( "--FIELD_LENGTH=10" ),
                    QStringLiteral( "--FORMULA='GM' || substr(\"statcode\", 3, 4)" ), QStringLiteral( "--OUTPUT=%1" ).arg( withCode ) },
                  &process );
  ASSERT_EQ( process.exitCode, 0 ) << process.transcript().toStdString();
  const QString dissolved = scratch + QStringLiteral( "/e2e_gm_dissolved.gpkg" );
  process = ProcessResult();
  plugin.runJson( QStringLiteral( "native:dissolve" ),
                  { QStringLiteral( "--INPUT=%1" ).arg( withCode ), QStringLiteral( "--FIELD=gm" ), QStringLiteral( "--OUTPUT=%1" ).arg( dissolved ) }, &process );
  ASSERT_EQ( process.exitCode, 0 ) << process.transcript().toStdString();
  const QString gemeenten = scratch + QStringLiteral( "/e2e_gm_only.gpkg" );
  process = ProcessResult();
  plugin.runJson( QStringLiteral( "native:retainfields" ),
                  { QStringLiteral( "--INPUT=%1" ).arg( dissolved ), QStringLiteral( "--FIELDS=gm" ), QStringLiteral( "--OUTPUT=%1" ).arg( gemeenten ) }, &process );
  ASSERT_EQ( process.exitCode, 0 ) << process.transcript().toStdString();

  // 3. Direct aggregation on the gemeenten, and the rollup of the wijken by code and spatially.
  const QString direct = scratch + QStringLiteral( "/e2e_agg_gm_direct.geojson" );
  process = ProcessResult();
  json = plugin.runJson( QStringLiteral( "targetgroup:aggregateareas" ),
                         QStringList{ QStringLiteral( "--INPUT=%1" ).arg( demoLayer( QStringLiteral( "households" ) ) ),
                                      QStringLiteral( "--AREAS=%1" ).arg( gemeenten ), QStringLiteral( "--OUTPUT=%1" ).arg( direct ) } +
                             kScoringFields,
                         &process );
  ASSERT_EQ( process.exitCode, 0 ) << process.transcript().toStdString();
  results = json.value( QStringLiteral( "results" ) ).toObject();
  EXPECT_EQ( results.value( QStringLiteral( "MATCHED" ) ).toDouble() + results.value( QStringLiteral( "UNMATCHED" ) ).toDouble(), 30000.0 );
  const QMap<QString, QJsonObject> expected = readProperties( direct, QStringLiteral( "gm" ) );
  ASSERT_EQ( expected.size(), 7 );

  for ( const int method : { 0, 1 } )
  {
    const QString rolledUp = scratch + QStringLiteral( "/e2e_rollup_gm_%1.geojson" ).arg( method );
    process = ProcessResult();
    json = plugin.runJson( QStringLiteral( "targetgroup:rollupareas" ),
                           { QStringLiteral( "--INPUT=%1" ).arg( fine ), QStringLiteral( "--AREAS=%1" ).arg( gemeenten ),
                             QStringLiteral( "--JOIN_METHOD=%1" ).arg( method ), QStringLiteral( "--FINE_CODE_FIELD=statcode" ),
                             QStringLiteral( "--COARSE_CODE_FIELD=gm" ), QStringLiteral( "--OUTPUT=%1" ).arg( rolledUp ) },
                           &process );
    ASSERT_EQ( process.exitCode, 0 ) << process.transcript().toStdString();
    EXPECT_EQ( json.value( QStringLiteral( "results" ) ).toObject().value( QStringLiteral( "UNMATCHED" ) ).toDouble(), 0.0 );
    const QMap<QString, QJsonObject> actual = readProperties( rolledUp, QStringLiteral( "gm" ) );
    ASSERT_EQ( actual.size(), 7 );
    for ( auto it = expected.constBegin(); it != expected.constEnd(); ++it )
    {
      for ( const QString &field : kFigureFields )
      {
        const QJsonValue want = it.value().value( field );
        const QJsonValue got = actual.value( it.key() ).value( field );
        ASSERT_EQ( want.isNull(), got.isNull() ) << it.key().toStdString() << " " << field.toStdString();
        EXPECT_NEAR( got.toDouble(), want.toDouble(), 1e-9 * std::max( 1.0, std::fabs( want.toDouble() ) ) ) << it.key().toStdString() << " " << field.toStdString();
      }
    }
    // Ede has thousands of households: its figures are published.
    EXPECT_GT( actual.value( QStringLiteral( "GM0228" ) ).value( QStringLiteral( "hh_total" ) ).toDouble(), 1000.0 );
    EXPECT_EQ( actual.value( QStringLiteral( "GM0228" ) ).value( QStringLiteral( "suppressed" ) ).toDouble(), 0.0 );
  }
}

TEST( EndToEndAggregateAreas, MissingProbabilityFieldIsReportedNotCrashed )
{
  const InstalledPlugin &plugin = InstalledPlugin::instance();
  ASSERT_TRUE( plugin.setupError().isEmpty() ) << plugin.setupError().toStdString();
  ProcessResult process;
  plugin.runJson( QStringLiteral( "targetgroup:aggregateareas" ),
                  { QStringLiteral( "--INPUT=%1" ).arg( demoLayer( QStringLiteral( "households" ) ) ),
                    QStringLiteral( "--AREAS=%1" ).arg( demoLayer( QStringLiteral( "wijk" ) ) ),
                    QStringLiteral( "--PROB_FIELD=tg_prob" ), QStringLiteral( "--REF_FIELD=tg_truth" ),
                    QStringLiteral( "--OUTPUT=TEMPORARY_OUTPUT" ) },
                  &process );
  EXPECT_NE( process.exitCode, 0 );
  EXPECT_TRUE( ( process.standardOutput + process.standardError ).contains( QStringLiteral( "\"tg_prob\" (PROB_FIELD)" ) ) ) << process.transcript().toStdString();
}
