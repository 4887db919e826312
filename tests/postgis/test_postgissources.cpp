// PostGIS sources: the algorithms read households and areas from PostGIS
// tables through QGIS's postgres provider ("postgres://…" sources, as
// qgis_process accepts them), count the same as from the GeoPackage, and ask
// the server only for the columns they need (checked in the server's
// statement log: the cluster runs with log_statement=all).

#include "pgserver.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace targetgroup::test;

namespace
{

QString demoLayer( const QString &layer )
{
  return QStringLiteral( "%1|layername=%2" ).arg( demoDataPath(), layer );
}

const QString kSeed = QStringLiteral( "--SEED=\"easy_read_loans\" > 0 AND \"first_lang\" = 'nl'" );

QStringList profileArguments( const QString &households, const QString &profilePath )
{
  return { QStringLiteral( "--INPUT=%1" ).arg( households ), kSeed,
           QStringLiteral( "--FIELDS=age_class" ), QStringLiteral( "--FIELDS=education" ), QStringLiteral( "--FIELDS=income" ),
           QStringLiteral( "--DESCRIPTIVE_FIELDS=int_reading" ), QStringLiteral( "--OUTPUT_PROFILE=%1" ).arg( profilePath ),
           QStringLiteral( "--OUTPUT_TABLE=TEMPORARY_OUTPUT" ) };
}

QJsonObject readJsonFile( const QString &path )
{
  QFile file( path );
  if ( !file.open( QIODevice::ReadOnly ) )
    return QJsonObject();
  return QJsonDocument::fromJson( file.readAll() ).object();
}

//! The statements the server logged that read from public.<table>.
QStringList selectsFrom( const QString &log, const QString &table )
{
  QStringList statements;
  const QStringList lines = log.split( QLatin1Char( '\n' ) );
  for ( const QString &line : lines )
  {
    if ( line.contains( QStringLiteral( "statement:" ) ) && line.contains( QStringLiteral( "SELECT" ) ) && line.contains( QStringLiteral( "FROM \"public\".\"%1\"" ).arg( table ) ) )
      statements << line;
  }
  return statements;
}

} // namespace

TEST( PostgisSources, BuildProfileFromPostgisEqualsGeoPackage )
{
  SKIP_WITHOUT_POSTGIS();
  const PgServer &server = *PgServer::instance();
  const InstalledPlugin &plugin = InstalledPlugin::instance();
  ASSERT_TRUE( plugin.setupError().isEmpty() ) << plugin.setupError().toStdString();
  const QString loadError = server.loadDemoData();
  ASSERT_TRUE( loadError.isEmpty() ) << loadError.toStdString();

  const QString fromFile = plugin.scratchDirectory() + QStringLiteral( "/pg_profile_gpkg.json" );
  ProcessResult process;
  const QJsonObject fileRun = server.runJson( QStringLiteral( "targetgroup:buildprofile" ), profileArguments( demoLayer( QStringLiteral( "households" ) ), fromFile ), &process );
  ASSERT_EQ( process.exitCode, 0 ) << process.transcript().toStdString();

  const qint64 logStart = server.logSize();
  const QString fromDatabase = plugin.scratchDirectory() + QStringLiteral( "/pg_profile_postgis.json" );
  const QJsonObject databaseRun = server.runJson( QStringLiteral( "targetgroup:buildprofile" ), profileArguments( server.source( QStringLiteral( "households" ) ), fromDatabase ), &process );
  ASSERT_EQ( process.exitCode, 0 ) << process.transcript().toStdString();
  const QJsonObject fileResults = fileRun.value( QStringLiteral( "results" ) ).toObject();
  const QJsonObject databaseResults = databaseRun.value( QStringLiteral( "results" ) ).toObject();
  EXPECT_GT( databaseResults.value( QStringLiteral( "SEED_COUNT" ) ).toDouble(), 0 );
  EXPECT_EQ( databaseResults.value( QStringLiteral( "SEED_COUNT" ) ).toDouble(), fileResults.value( QStringLiteral( "SEED_COUNT" ) ).toDouble() );
  EXPECT_EQ( databaseResults.value( QStringLiteral( "BASE_COUNT" ) ).toDouble(), 30000.0 );
  // The same profile: the same categories, weights and edges.
  QJsonObject fileProfile = readJsonFile( fromFile );
  QJsonObject databaseProfile = readJsonFile( fromDatabase );
  ASSERT_FALSE( fileProfile.isEmpty() );
  for ( QJsonObject *profile : { &fileProfile, &databaseProfile } )
    profile->remove( QStringLiteral( "created" ) );
  EXPECT_EQ( QJsonDocument( databaseProfile ).toJson().toStdString(), QJsonDocument( fileProfile ).toJson().toStdString() );

  // What the server was asked: the profile fields and the fields the SEED
  // reads, no geometry, not the other 15 columns.
  const QStringList statements = selectsFrom( server.logFrom( logStart ), QStringLiteral( "households" ) );
  ASSERT_FALSE( statements.isEmpty() ) << server.logFrom( logStart ).toStdString();
  bool sawDataRead = false;
  for ( const QString &statement : statements )
  {
    if ( !statement.contains( QStringLiteral( "\"age_class\"" ) ) )
      continue; // metadata queries
    sawDataRead = true;
    EXPECT_TRUE( statement.contains( QStringLiteral( "\"easy_read_loans\"" ) ) ) << statement.toStdString();
    EXPECT_FALSE( statement.contains( QStringLiteral( "\"media_facebook\"" ) ) ) << statement.toStdString();
    EXPECT_FALSE( statement.contains( QStringLiteral( "\"dwelling\"" ) ) ) << statement.toStdString();
    EXPECT_FALSE( statement.contains( QStringLiteral( "st_asbinary" ), Qt::CaseInsensitive ) ) << statement.toStdString();
  }
  EXPECT_TRUE( sawDataRead ) << statements.join( QLatin1Char( '\n' ) ).toStdString();
}

TEST( PostgisSources, AggregateAreasFromPostgisIntoPostgis )
{
  SKIP_WITHOUT_POSTGIS();
  const PgServer &server = *PgServer::instance();
  const InstalledPlugin &plugin = InstalledPlugin::instance();
  ASSERT_TRUE( plugin.setupError().isEmpty() ) << plugin.setupError().toStdString();
  const QString loadError = server.loadDemoData();
  ASSERT_TRUE( loadError.isEmpty() ) << loadError.toStdString();
  server.query( QStringLiteral( "DROP TABLE IF EXISTS public.agg_wijk" ) );

  ProcessResult process;
  const QJsonObject json = server.runJson( QStringLiteral( "targetgroup:aggregateareas" ),
                                           { QStringLiteral( "--INPUT=%1" ).arg( server.source( QStringLiteral( "households" ) ) ),
                                             QStringLiteral( "--AREAS=%1" ).arg( server.source( QStringLiteral( "wijk" ) ) ),
                                             QStringLiteral( "--PROB_FIELD=tg_truth" ), QStringLiteral( "--REF_FIELD=tg_truth" ),
                                             QStringLiteral( "--MEMBER=\"is_member\" = 1" ), QStringLiteral( "--MIN_COUNT=0" ),
                                             QStringLiteral( "--OUTPUT=%1" ).arg( server.destination( QStringLiteral( "agg_wijk" ) ) ) },
                                           &process );
  ASSERT_EQ( process.exitCode, 0 ) << process.transcript().toStdString();
  const QJsonObject results = json.value( QStringLiteral( "results" ) ).toObject();
  EXPECT_EQ( results.value( QStringLiteral( "MATCHED" ) ).toDouble(), 30000.0 );
  EXPECT_EQ( results.value( QStringLiteral( "UNMATCHED" ) ).toDouble(), 0.0 );
  // The table is in the database, with every wijk and every household.
  EXPECT_EQ( server.query( QStringLiteral( "SELECT count(*) FROM public.agg_wijk" ) ), server.query( QStringLiteral( "SELECT count(*) FROM public.wijk" ) ) );
  EXPECT_EQ( server.query( QStringLiteral( "SELECT sum(hh_total)::bigint FROM public.agg_wijk" ) ), QStringLiteral( "30000" ) );
  EXPECT_EQ( server.query( QStringLiteral( "SELECT sum(mem_total)::bigint FROM public.agg_wijk" ) ),
             server.query( QStringLiteral( "SELECT count(*) FROM public.households WHERE is_member = 1" ) ) );
}
