// The full analysis from PostGIS into PostGIS: households and the three area
// levels read from the database, the scored households and the three area
// outputs written into it ("postgis:" destinations, as Processing's "Save to
// Database Table…" writes them), with their default styles in layer_styles.
// The figures equal the GeoPackage run's to 1e-9 (relative). A rerun into an
// existing table is refused, naming the table, unless the destination says
// replace=yes.

#include "pgserver.h"

#include <gtest/gtest.h>

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

using namespace targetgroup::test;

namespace
{

QString demoLayer( const QString &layer )
{
  return QStringLiteral( "%1|layername=%2" ).arg( demoDataPath(), layer );
}

QStringList analysisInputs( const QString &households, const QString &wijk, const QString &gemeente, const QString &provincie )
{
  return { QStringLiteral( "--HOUSEHOLDS=%1" ).arg( households ),
           QStringLiteral( "--SEED=\"easy_read_loans\" > 0 AND \"first_lang\" = 'nl'" ),
           QStringLiteral( "--MEMBER=\"is_member\" = 1" ),
           QStringLiteral( "--AREAS=%1" ).arg( wijk ), QStringLiteral( "--MIDDLE_AREAS=%1" ).arg( gemeente ),
           QStringLiteral( "--COARSE_AREAS=%1" ).arg( provincie ),
           QStringLiteral( "--FIELDS=age_class" ), QStringLiteral( "--FIELDS=education" ), QStringLiteral( "--FIELDS=income" ), QStringLiteral( "--FIELDS=tenure" ),
           QStringLiteral( "--DESCRIPTIVE_FIELDS=int_reading" ) };
}

const QStringList kAreaFigures = { QStringLiteral( "hh_total" ), QStringLiteral( "tg_expected" ), QStringLiteral( "tg_expected_low" ),
                                   QStringLiteral( "tg_expected_high" ), QStringLiteral( "tg_variance" ), QStringLiteral( "tg_ref" ),
                                   QStringLiteral( "tg_share" ), QStringLiteral( "tg_index" ), QStringLiteral( "mem_total" ),
                                   QStringLiteral( "mem_penetration" ), QStringLiteral( "mem_tg_expected" ), QStringLiteral( "tg_reach" ),
                                   QStringLiteral( "tg_untapped" ), QStringLiteral( "suppressed" ) };

//! Rows of \a actual and \a expected (joined on \a key) where a field differs by more than 1e-9 relative, or NULL differs.
//! \a rounding: half a unit of the last decimal the GeoPackage keeps of the field (QGIS's OGR writer rounds to the field's precision; PostGIS keeps every digit).
QString differences( const PgServer &server, const QString &actual, const QString &expected, const QString &key, const QStringList &fields, double rounding = 0.0 )
{
  QStringList conditions;
  for ( const QString &field : fields )
    conditions << QStringLiteral( "NOT ( (a.%1 IS NULL AND b.%1 IS NULL) OR abs(a.%1::float8 - b.%1::float8) <= greatest(%2, 1e-9 * greatest(1.0, abs(b.%1::float8))) )" )
                      .arg( field, QString::number( rounding, 'g', 17 ) );
  QString error;
  const QString rows = server.query( QStringLiteral( "SELECT count(*) FROM public.%1 a FULL JOIN public.%2 b USING (%3) WHERE a.%3 IS NULL OR b.%3 IS NULL OR %4" )
                                         .arg( actual, expected, key, conditions.join( QStringLiteral( " OR " ) ) ),
                                     &error );
  return error.isEmpty() ? rows : error;
}

} // namespace

TEST( PostgisFullAnalysis, FromPostgisIntoPostgisEqualsGeoPackageRun )
{
  SKIP_WITHOUT_POSTGIS();
  const PgServer &server = *PgServer::instance();
  const InstalledPlugin &plugin = InstalledPlugin::instance();
  ASSERT_TRUE( plugin.setupError().isEmpty() ) << plugin.setupError().toStdString();
  const QString loadError = server.loadDemoData();
  ASSERT_TRUE( loadError.isEmpty() ) << loadError.toStdString();
  server.query( QStringLiteral( "DROP TABLE IF EXISTS public.fa_households, public.fa_wijk, public.fa_gemeente, public.fa_provincie, "
                                "public.gp_households, public.gp_wijk, public.gp_gemeente, public.gp_provincie" ) );

  // The GeoPackage run.
  const QString out = plugin.scratchDirectory() + QStringLiteral( "/pgfull_" );
  QStringList fileArguments = analysisInputs( demoLayer( QStringLiteral( "households" ) ), demoLayer( QStringLiteral( "wijk" ) ),
                                              demoLayer( QStringLiteral( "gemeente" ) ), demoLayer( QStringLiteral( "provincie" ) ) );
  fileArguments << QStringLiteral( "--OUTPUT_PROFILE=%1profile.json" ).arg( out ) << QStringLiteral( "--OUTPUT_HOUSEHOLDS=%1households.gpkg" ).arg( out )
                << QStringLiteral( "--OUTPUT_AREAS=%1wijk.gpkg" ).arg( out ) << QStringLiteral( "--OUTPUT_MIDDLE_AREAS=%1gemeente.gpkg" ).arg( out )
                << QStringLiteral( "--OUTPUT_COARSE_AREAS=%1provincie.gpkg" ).arg( out );
  ProcessResult process;
  const QJsonObject fileRun = server.runJson( QStringLiteral( "targetgroup:fullanalysis" ), fileArguments, &process );
  ASSERT_EQ( process.exitCode, 0 ) << process.transcript().toStdString();

  // The PostGIS run: every input from the database, every layer output into it.
  QStringList databaseArguments = analysisInputs( server.source( QStringLiteral( "households" ) ), server.source( QStringLiteral( "wijk" ) ),
                                                  server.source( QStringLiteral( "gemeente" ) ), server.source( QStringLiteral( "provincie" ) ) );
  databaseArguments << QStringLiteral( "--OUTPUT_PROFILE=%1pg_profile.json" ).arg( out ) << QStringLiteral( "--OUTPUT_REPORT=%1pg_report.html" ).arg( out )
                    << QStringLiteral( "--OUTPUT_HOUSEHOLDS=%1" ).arg( server.destination( QStringLiteral( "fa_households" ) ) )
                    << QStringLiteral( "--OUTPUT_AREAS=%1" ).arg( server.destination( QStringLiteral( "fa_wijk" ) ) )
                    << QStringLiteral( "--OUTPUT_MIDDLE_AREAS=%1" ).arg( server.destination( QStringLiteral( "fa_gemeente" ) ) )
                    << QStringLiteral( "--OUTPUT_COARSE_AREAS=%1" ).arg( server.destination( QStringLiteral( "fa_provincie" ) ) );
  const QJsonObject databaseRun = server.runJson( QStringLiteral( "targetgroup:fullanalysis" ), databaseArguments, &process );
  // Before the fix the chain broke here: step 3 opened the "postgis:" destination of step 2 as a source.
  ASSERT_EQ( process.exitCode, 0 ) << process.transcript().toStdString();
  EXPECT_FALSE( process.standardOutput.contains( QStringLiteral( "Could not open" ) ) ) << process.transcript().toStdString();
  EXPECT_TRUE( QFileInfo::exists( out + QStringLiteral( "pg_report.html" ) ) );

  const QJsonObject fileResults = fileRun.value( QStringLiteral( "results" ) ).toObject();
  const QJsonObject databaseResults = databaseRun.value( QStringLiteral( "results" ) ).toObject();
  for ( const QString &result : { QStringLiteral( "MATCHED" ), QStringLiteral( "UNMATCHED" ), QStringLiteral( "EXPECTED_TOTAL" ), QStringLiteral( "SEED_COUNT" ) } )
  {
    if ( !fileResults.contains( result ) )
      continue;
    const double expected = fileResults.value( result ).toDouble();
    EXPECT_NEAR( databaseResults.value( result ).toDouble( -1 ), expected, 1e-9 * std::max( 1.0, std::abs( expected ) ) ) << result.toStdString();
  }
  EXPECT_EQ( databaseResults.value( QStringLiteral( "MATCHED" ) ).toDouble() + databaseResults.value( QStringLiteral( "UNMATCHED" ) ).toDouble(), 30000.0 );

  // The figures, area by area and household by household, to 1e-9.
  for ( const QString &level : { QStringLiteral( "wijk" ), QStringLiteral( "gemeente" ), QStringLiteral( "provincie" ), QStringLiteral( "households" ) } )
  {
    // The GeoPackage holds the output (named after the file) and its layer_styles.
    const QString file = out + level + QStringLiteral( ".gpkg" );
    const QString loaded = server.loadLayer( file, QFileInfo( file ).completeBaseName(), QStringLiteral( "gp_" ) + level );
    ASSERT_TRUE( loaded.isEmpty() ) << loaded.toStdString();
  }
  EXPECT_EQ( server.query( QStringLiteral( "SELECT count(*) FROM public.fa_wijk" ) ), server.query( QStringLiteral( "SELECT count(*) FROM public.wijk" ) ) );
  EXPECT_EQ( server.query( QStringLiteral( "SELECT count(*) FROM public.fa_households" ) ), QStringLiteral( "30000" ) );
  for ( const QString &level : { QStringLiteral( "wijk" ), QStringLiteral( "gemeente" ), QStringLiteral( "provincie" ) } )
    EXPECT_EQ( differences( server, QStringLiteral( "fa_" ) + level, QStringLiteral( "gp_" ) + level, QStringLiteral( "statcode" ), kAreaFigures ).toStdString(), "0" ) << level.toStdString();
  // Households: the GeoPackage keeps tg_prob to 10 decimals and tg_index to 4 (outputschema), the database every digit.
  EXPECT_EQ( differences( server, QStringLiteral( "fa_households" ), QStringLiteral( "gp_households" ), QStringLiteral( "hh_id" ), { QStringLiteral( "tg_ref" ) } ).toStdString(), "0" );
  EXPECT_EQ( differences( server, QStringLiteral( "fa_households" ), QStringLiteral( "gp_households" ), QStringLiteral( "hh_id" ), { QStringLiteral( "tg_prob" ) }, 0.5e-10 * ( 1 + 1e-6 ) ).toStdString(), "0" );
  EXPECT_EQ( differences( server, QStringLiteral( "fa_households" ), QStringLiteral( "gp_households" ), QStringLiteral( "hh_id" ), { QStringLiteral( "tg_index" ) }, 0.5e-4 * ( 1 + 1e-6 ) ).toStdString(), "0" );
  // Σ tg_prob over all households, to 1e-9.
  const double databaseTotal = server.query( QStringLiteral( "SELECT sum(tg_prob) FROM public.fa_households" ) ).toDouble();
  EXPECT_NEAR( databaseTotal, databaseResults.value( QStringLiteral( "EXPECTED_TOTAL" ) ).toDouble(), 1e-9 * databaseTotal );

  // Default styles in the database's layer_styles, so the tables open styled.
  EXPECT_EQ( server.query( QStringLiteral( "SELECT string_agg(f_table_name, ',' ORDER BY f_table_name) FROM public.layer_styles "
                                           "WHERE f_table_schema = 'public' AND useasdefault AND f_table_name LIKE 'fa\\_%'" ) ),
             QStringLiteral( "fa_gemeente,fa_households,fa_provincie,fa_wijk" ) );
  EXPECT_EQ( server.query( QStringLiteral( "SELECT count(*) FROM public.layer_styles WHERE f_table_name = 'fa_wijk' AND styleqml::text LIKE '%tg_share%'" ) ), QStringLiteral( "1" ) );
  // Without a geometry type, so that QGIS finds the style also from the browser's URIs (type=MultiPolygon).
  EXPECT_EQ( server.query( QStringLiteral( "SELECT count(*) FROM public.layer_styles WHERE f_table_name LIKE 'fa\\_%' AND type IS NULL" ) ), QStringLiteral( "4" ) );
  EXPECT_EQ( server.query( QStringLiteral( "SELECT count(*) FROM public.layer_styles WHERE f_table_name = 'fa_households' AND styleqml::text LIKE '%tg_prob%'" ) ), QStringLiteral( "1" ) );
  const QString log = QJsonDocument( databaseRun.value( QStringLiteral( "log" ) ).toObject() ).toJson();
  EXPECT_TRUE( log.contains( QStringLiteral( "layer_styles of table \\\"public\\\".\\\"fa_wijk\\\" in database 'tg'" ) ) ) << log.toStdString();
}

TEST( PostgisFullAnalysis, ExistingTableIsRefusedUnlessReplaceIsAsked )
{
  SKIP_WITHOUT_POSTGIS();
  const PgServer &server = *PgServer::instance();
  const InstalledPlugin &plugin = InstalledPlugin::instance();
  ASSERT_TRUE( plugin.setupError().isEmpty() ) << plugin.setupError().toStdString();
  const QString loadError = server.loadDemoData();
  ASSERT_TRUE( loadError.isEmpty() ) << loadError.toStdString();
  // A colleague's table under the name we are about to use.
  QString error;
  server.query( QStringLiteral( "DROP TABLE IF EXISTS public.rerun_wijk; CREATE TABLE public.rerun_wijk AS SELECT statcode FROM public.wijk LIMIT 3" ), &error );
  ASSERT_TRUE( error.isEmpty() ) << error.toStdString();

  const QStringList arguments{ QStringLiteral( "--INPUT=%1" ).arg( server.source( QStringLiteral( "households" ) ) ),
                               QStringLiteral( "--AREAS=%1" ).arg( server.source( QStringLiteral( "wijk" ) ) ),
                               QStringLiteral( "--PROB_FIELD=tg_truth" ), QStringLiteral( "--REF_FIELD=tg_truth" ) };
  ProcessResult process;
  server.runJson( QStringLiteral( "targetgroup:aggregateareas" ), arguments + QStringList{ QStringLiteral( "--OUTPUT=%1" ).arg( server.destination( QStringLiteral( "rerun_wijk" ) ) ) }, &process );
  EXPECT_NE( process.exitCode, 0 );
  const QString refused = process.standardOutput + process.standardError;
  EXPECT_TRUE( refused.contains( QStringLiteral( "table \"public\".\"rerun_wijk\" in database 'tg', which exists already" ) ) ) << process.transcript().toStdString();
  EXPECT_TRUE( refused.contains( QStringLiteral( "replace=yes" ) ) ) << process.transcript().toStdString();
  EXPECT_EQ( server.query( QStringLiteral( "SELECT count(*) FROM public.rerun_wijk" ) ), QStringLiteral( "3" ) ) << "the table was touched";

  // An output onto an input table: refused, replace=yes or not.
  server.runJson( QStringLiteral( "targetgroup:aggregateareas" ),
                  arguments + QStringList{ QStringLiteral( "--OUTPUT=%1 replace=yes" ).arg( server.destination( QStringLiteral( "wijk" ) ) ) }, &process );
  EXPECT_NE( process.exitCode, 0 );
  EXPECT_TRUE( ( process.standardOutput + process.standardError ).contains( QStringLiteral( "which holds the input AREAS" ) ) ) << process.transcript().toStdString();

  // Asked to replace: replaced.
  const QJsonObject json = server.runJson( QStringLiteral( "targetgroup:aggregateareas" ),
                                           arguments + QStringList{ QStringLiteral( "--OUTPUT=%1 replace=yes" ).arg( server.destination( QStringLiteral( "rerun_wijk" ) ) ) }, &process );
  ASSERT_EQ( process.exitCode, 0 ) << process.transcript().toStdString();
  EXPECT_EQ( server.query( QStringLiteral( "SELECT count(*) FROM public.rerun_wijk" ) ), server.query( QStringLiteral( "SELECT count(*) FROM public.wijk" ) ) );
  EXPECT_EQ( server.query( QStringLiteral( "SELECT sum(hh_total)::bigint FROM public.rerun_wijk" ) ), QStringLiteral( "30000" ) );
}

TEST( PostgisFullAnalysis, ShippedModelChainsThroughScoredHouseholdsInPostgis )
{
  // The model passes a step's output on as QGIS returns it: for a "postgis:"
  // destination, that string. Every algorithm reads it back as a source
  // (CheckedAlgorithm: readableSources()), so the model's next step opens the
  // table the scoring step just wrote.
  SKIP_WITHOUT_POSTGIS();
  const PgServer &server = *PgServer::instance();
  const InstalledPlugin &plugin = InstalledPlugin::instance();
  ASSERT_TRUE( plugin.setupError().isEmpty() ) << plugin.setupError().toStdString();
  const QString loadError = server.loadDemoData();
  ASSERT_TRUE( loadError.isEmpty() ) << loadError.toStdString();
  server.query( QStringLiteral( "DROP TABLE IF EXISTS public.model_households, public.model_wijk" ) );
  const QString out = plugin.scratchDirectory() + QStringLiteral( "/pgmodel_" );
  const QStringList arguments{ QStringLiteral( "--households=%1" ).arg( server.source( QStringLiteral( "households" ) ) ),
                               QStringLiteral( "--seed=\"easy_read_loans\" > 0 AND \"first_lang\" = 'nl'" ),
                               QStringLiteral( "--profile_fields=age_class" ), QStringLiteral( "--profile_fields=education" ),
                               QStringLiteral( "--member=\"is_member\" = 1" ),
                               QStringLiteral( "--finest_areas=%1" ).arg( server.source( QStringLiteral( "wijk" ) ) ),
                               QStringLiteral( "--build_profile:Profile=%1profile.json" ).arg( out ),
                               QStringLiteral( "--area_report:Area report=%1report.html" ).arg( out ),
                               QStringLiteral( "--score_households:Scored households=%1" ).arg( server.destination( QStringLiteral( "model_households" ) ) ),
                               QStringLiteral( "--rollup_finest:Finest areas=%1" ).arg( server.destination( QStringLiteral( "model_wijk" ) ) ),
                               QStringLiteral( "--rollup_middle:Middle areas=%1gemeente.gpkg" ).arg( out ),
                               QStringLiteral( "--rollup_coarse:Coarse areas=%1provincie.gpkg" ).arg( out ) };
  ProcessResult process;
  server.runJson( plugin.pluginPath() + QStringLiteral( "/targetgroup/targetgroup_full_analysis.model3" ), arguments, &process );
  ASSERT_EQ( process.exitCode, 0 ) << process.transcript().toStdString();
  EXPECT_EQ( server.query( QStringLiteral( "SELECT count(*) FROM public.model_households" ) ), QStringLiteral( "30000" ) );
  EXPECT_EQ( server.query( QStringLiteral( "SELECT sum(hh_total) FROM public.model_wijk" ) ), QStringLiteral( "30000" ) );
}
