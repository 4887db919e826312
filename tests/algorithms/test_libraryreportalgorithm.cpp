#include "libraryreportalgorithm.h"

#include "common/outputschema.h"
#include "common/profilefile.h"
#include "testlayers.h"

#include <gtest/gtest.h>

#include <qgscoordinatetransform.h>
#include <qgsgeometry.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QTemporaryDir>

#include <cmath>

using namespace targetgroup;
using namespace targetgroup::test;

namespace
{

QString square( double minX, double minY, double maxX, double maxY )
{
  return QStringLiteral( "POLYGON((%1 %2, %3 %2, %3 %4, %1 %4, %1 %2))" ).arg( minX ).arg( minY ).arg( maxX ).arg( maxY );
}

const QString kAreasUri = QStringLiteral( "Polygon?crs=EPSG:28992&field=statcode:string&field=statnaam:string&field=hh_total:long&field=tg_expected:double"
                                          "&field=tg_variance:double&field=tg_ref:long&field=mem_total:long&field=mem_tg_expected:double&field=suppressed:integer" );

/**
 * Four wijken of 100 x 100 m, as aggregateareas writes them with MIN_COUNT 0:
 *   a  WK000101 (0..100, 0..100)     20 hh, 4.0 expected, var 3.2, ref 2, 5 members, 1.5 member expected
 *   b  WK000102 (100..200, 0..100)   30 hh, 6.0 expected, var 4.8, ref 3, 6 members, 1.0
 *   c  WK000201 (0..100, 100..200)    5 hh, 1.0 expected, var 0.8, ref 0, 1 member,  0.5
 *   d  WK000301 (500..600, 500..600) 12 hh, 2.0 expected, var 1.6, ref 1, 2 members, 0.2
 * Totals: 67 households, 13.0 expected, 14 members.
 */
std::unique_ptr<QgsVectorLayer> areasLayer()
{
  auto layer = memoryLayer( kAreasUri, QStringLiteral( "wijken" ) );
  addFeature( layer.get(), { QStringLiteral( "WK000101" ), QStringLiteral( "a" ), 20, 4.0, 3.2, 2, 5, 1.5, 0 }, square( 0, 0, 100, 100 ) );
  addFeature( layer.get(), { QStringLiteral( "WK000102" ), QStringLiteral( "b" ), 30, 6.0, 4.8, 3, 6, 1.0, 0 }, square( 100, 0, 200, 100 ) );
  addFeature( layer.get(), { QStringLiteral( "WK000201" ), QStringLiteral( "c" ), 5, 1.0, 0.8, 0, 1, 0.5, 0 }, square( 0, 100, 100, 200 ) );
  addFeature( layer.get(), { QStringLiteral( "WK000301" ), QStringLiteral( "d" ), 12, 2.0, 1.6, 1, 2, 0.2, 0 }, square( 500, 500, 600, 600 ) );
  return layer;
}

//! North (fid 1) holds a and b; Oost (fid 2) holds c; d lies in no service area.
std::unique_ptr<QgsVectorLayer> librariesLayer()
{
  auto layer = memoryLayer( QStringLiteral( "Polygon?crs=EPSG:28992&field=name:string" ), QStringLiteral( "libraries" ) );
  addFeature( layer.get(), { QStringLiteral( "Bibliotheek Noord & Zuid" ) }, square( 0, 0, 200, 100 ) );
  addFeature( layer.get(), { QStringLiteral( "Bibliotheek Oost" ) }, square( 0, 100, 100, 200 ) );
  return layer;
}

struct Outcome
{
  AlgorithmRun run;
  RecordingFeedback feedback;
  std::unique_ptr<QgsVectorLayer> table;
  std::unique_ptr<QgsVectorLayer> areas;
  QMap<QString, QgsFeature> libraryByName;
  QMap<QString, QgsFeature> areaByCode;
  QString folder;

  QString log() const { return ( feedback.infos + feedback.warnings ).join( QLatin1Char( '\n' ) ); }
  QString file( const QString &name ) const
  {
    QFile file( QDir( folder ).filePath( name ) );
    if ( !file.open( QIODevice::ReadOnly ) )
      return QString();
    return QString::fromUtf8( file.readAll() );
  }
};

class LibraryReportTest : public ::testing::Test
{
protected:
  QTemporaryDir directory;
  std::unique_ptr<QgsVectorLayer> areas = areasLayer();
  std::unique_ptr<QgsVectorLayer> libraries = librariesLayer();

  QVariantMap parameters() const
  {
    return QVariantMap{ { LibraryReportAlgorithm::AREAS, QVariant::fromValue( areas.get() ) },
                        { LibraryReportAlgorithm::LIBRARIES, QVariant::fromValue( libraries.get() ) },
                        { LibraryReportAlgorithm::LIBRARY_NAME_FIELD, QStringLiteral( "name" ) },
                        { LibraryReportAlgorithm::MIN_COUNT, 10 },
                        { LibraryReportAlgorithm::OUTPUT_TABLE, QgsProcessing::TEMPORARY_OUTPUT },
                        { LibraryReportAlgorithm::OUTPUT_AREAS, QgsProcessing::TEMPORARY_OUTPUT },
                        { LibraryReportAlgorithm::OUTPUT_FOLDER, directory.filePath( QStringLiteral( "reports" ) ) } };
  }

  std::unique_ptr<Outcome> run( const QVariantMap &p ) const
  {
    auto outcome = std::make_unique<Outcome>();
    QgsProcessingContext context;
    context.setProject( QgsProject::instance() );
    LibraryReportAlgorithm prototype;
    outcome->run = runAlgorithm( prototype, p, context, outcome->feedback );
    if ( !outcome->run.ok )
      return outcome;
    outcome->folder = outcome->run.results.value( LibraryReportAlgorithm::OUTPUT_FOLDER ).toString();
    outcome->table = takeVectorLayer( context, outcome->run.results.value( LibraryReportAlgorithm::OUTPUT_TABLE ) );
    outcome->areas = takeVectorLayer( context, outcome->run.results.value( LibraryReportAlgorithm::OUTPUT_AREAS ) );
    QgsFeature feature;
    QgsFeatureIterator tableRows = outcome->table->getFeatures();
    while ( tableRows.nextFeature( feature ) )
      outcome->libraryByName.insert( feature.attribute( schema::kLibraryName ).toString(), feature );
    QgsFeatureIterator areaRows = outcome->areas->getFeatures();
    while ( areaRows.nextFeature( feature ) )
      outcome->areaByCode.insert( feature.attribute( schema::kCbsCodeField ).toString(), feature );
    return outcome;
  }

  QString errorOf( const QVariantMap &p ) const
  {
    const std::unique_ptr<Outcome> outcome = run( p );
    EXPECT_FALSE( outcome->run.ok );
    return outcome->run.error;
  }
};

double number( const QgsFeature &feature, const QString &field )
{
  return feature.attribute( field ).toDouble();
}

} // namespace

TEST_F( LibraryReportTest, SumsPerLibraryByHandAndTheyAddUpToTheAreas )
{
  const std::unique_ptr<Outcome> outcome = run( parameters() );
  ASSERT_TRUE( outcome->run.ok ) << outcome->run.error.toStdString();
  ASSERT_EQ( outcome->libraryByName.size(), 2 );

  // Noord & Zuid = a + b: 50 households, 10.0 expected, variance 8.0, 11 members, 2.5 expected among members.
  const QgsFeature north = outcome->libraryByName.value( QStringLiteral( "Bibliotheek Noord & Zuid" ) );
  EXPECT_EQ( north.attribute( schema::kLibraryId ).toLongLong(), 1 );
  EXPECT_EQ( north.attribute( schema::kAreaCount ).toLongLong(), 2 );
  EXPECT_EQ( north.attribute( schema::kHouseholds ).toLongLong(), 50 );
  EXPECT_DOUBLE_EQ( number( north, schema::kExpected ), 10.0 );
  // 10 -+ 1.96 * sqrt(8) = 4.456 .. 15.544
  EXPECT_NEAR( number( north, schema::kExpectedLow ), 10.0 - 1.96 * std::sqrt( 8.0 ), 1e-3 );
  EXPECT_NEAR( number( north, schema::kExpectedHigh ), 10.0 + 1.96 * std::sqrt( 8.0 ), 1e-3 );
  EXPECT_EQ( north.attribute( schema::kMembers ).toLongLong(), 11 );
  EXPECT_DOUBLE_EQ( number( north, schema::kReach ), 0.25 );
  EXPECT_DOUBLE_EQ( number( north, schema::kUntapped ), 7.5 );
  EXPECT_EQ( north.attribute( schema::kSuppressed ).toInt(), 0 );

  // Oost = c: 5 households, fewer than MIN_COUNT 10: only the households are published.
  const QgsFeature oost = outcome->libraryByName.value( QStringLiteral( "Bibliotheek Oost" ) );
  EXPECT_EQ( oost.attribute( schema::kHouseholds ).toLongLong(), 5 );
  EXPECT_EQ( oost.attribute( schema::kAreaCount ).toLongLong(), 1 );
  EXPECT_EQ( oost.attribute( schema::kSuppressed ).toInt(), 1 );
  EXPECT_TRUE( oost.attribute( schema::kExpected ).isNull() );
  EXPECT_TRUE( oost.attribute( schema::kReach ).isNull() );

  // d is in no service area: counted and reported; the sums add up to the 67 households of AREAS.
  const QVariantMap &results = outcome->run.results;
  EXPECT_EQ( results.value( LibraryReportAlgorithm::LIBRARY_COUNT ).toLongLong(), 2 );
  EXPECT_EQ( results.value( LibraryReportAlgorithm::AREAS_ASSIGNED ).toLongLong(), 3 );
  EXPECT_EQ( results.value( LibraryReportAlgorithm::AREAS_UNASSIGNED ).toLongLong(), 1 );
  EXPECT_EQ( results.value( LibraryReportAlgorithm::UNASSIGNED_HOUSEHOLDS ).toLongLong(), 12 );
  EXPECT_EQ( results.value( LibraryReportAlgorithm::AREAS_IN_SEVERAL ).toLongLong(), 0 );
  EXPECT_EQ( results.value( LibraryReportAlgorithm::SUPPRESSED_LIBRARIES ).toLongLong(), 1 );
  long long households = results.value( LibraryReportAlgorithm::UNASSIGNED_HOUSEHOLDS ).toLongLong();
  long long areaCount = results.value( LibraryReportAlgorithm::AREAS_UNASSIGNED ).toLongLong();
  for ( const QgsFeature &library : outcome->libraryByName )
  {
    households += library.attribute( schema::kHouseholds ).toLongLong();
    areaCount += library.attribute( schema::kAreaCount ).toLongLong();
  }
  EXPECT_EQ( households, 67 );
  EXPECT_EQ( areaCount, areas->featureCount() );
  EXPECT_TRUE( outcome->log().contains( QStringLiteral( "1 areas (12 households) lie in no service area" ) ) ) << outcome->log().toStdString();
  EXPECT_TRUE( outcome->log().contains( QStringLiteral( "WK000301" ) ) || outcome->log().contains( QStringLiteral( ": d" ) ) ) << outcome->log().toStdString();
}

TEST_F( LibraryReportTest, SumsAddUpWithoutSuppressionToo )
{
  QVariantMap p = parameters();
  p.insert( LibraryReportAlgorithm::MIN_COUNT, 0 );
  const std::unique_ptr<Outcome> outcome = run( p );
  ASSERT_TRUE( outcome->run.ok ) << outcome->run.error.toStdString();
  const QgsFeature oost = outcome->libraryByName.value( QStringLiteral( "Bibliotheek Oost" ) );
  EXPECT_EQ( oost.attribute( schema::kSuppressed ).toInt(), 0 );
  EXPECT_DOUBLE_EQ( number( oost, schema::kExpected ), 1.0 );
  // Expected: 10.0 + 1.0 + 2.0 (no service area) = 13.0, the sum of AREAS.
  double expected = 0;
  for ( const QgsFeature &library : outcome->libraryByName )
    expected += number( library, schema::kExpected );
  EXPECT_DOUBLE_EQ( expected + 2.0, 13.0 );
  EXPECT_EQ( outcome->run.results.value( LibraryReportAlgorithm::SUPPRESSED_LIBRARIES ).toLongLong(), 0 );
}

TEST_F( LibraryReportTest, AreasAreTaggedWithTheirLibraryAndSuppressedWithMinCount )
{
  const std::unique_ptr<Outcome> outcome = run( parameters() );
  ASSERT_TRUE( outcome->run.ok ) << outcome->run.error.toStdString();
  ASSERT_EQ( outcome->areaByCode.size(), 4 );
  EXPECT_EQ( outcome->areaByCode.value( QStringLiteral( "WK000101" ) ).attribute( schema::kLibraryName ).toString(), QStringLiteral( "Bibliotheek Noord & Zuid" ) );
  EXPECT_EQ( outcome->areaByCode.value( QStringLiteral( "WK000102" ) ).attribute( schema::kLibraryId ).toLongLong(), 1 );
  EXPECT_EQ( outcome->areaByCode.value( QStringLiteral( "WK000201" ) ).attribute( schema::kLibraryName ).toString(), QStringLiteral( "Bibliotheek Oost" ) );
  const QgsFeature outside = outcome->areaByCode.value( QStringLiteral( "WK000301" ) );
  EXPECT_TRUE( outside.attribute( schema::kLibraryName ).isNull() );
  EXPECT_TRUE( outside.attribute( schema::kLibraryId ).isNull() );
  // The input's own fields are kept once, the figures recomputed: c (5 households) is suppressed now.
  const QgsFields fields = outcome->areas->fields();
  EXPECT_EQ( fields.indexOf( schema::kCbsCodeField ), 0 );
  EXPECT_EQ( fields.indexOf( schema::kCbsNameField ), 1 );
  EXPECT_EQ( fields.indexOf( schema::kLibraryName ), 2 );
  EXPECT_EQ( fields.indexOf( schema::kLibraryId ), 3 );
  EXPECT_EQ( fields.indexOf( schema::kHouseholds ), 4 );
  EXPECT_EQ( fields.indexOf( schema::kSuppressed ), 3 + static_cast<int>( schema::areaFigureFields().size() ) );
  const QgsFeature c = outcome->areaByCode.value( QStringLiteral( "WK000201" ) );
  EXPECT_EQ( c.attribute( schema::kSuppressed ).toInt(), 1 );
  EXPECT_TRUE( c.attribute( schema::kExpected ).isNull() );
  EXPECT_DOUBLE_EQ( number( outcome->areaByCode.value( QStringLiteral( "WK000101" ) ), schema::kExpected ), 4.0 );
  EXPECT_FALSE( outside.geometry().isEmpty() );
}

TEST_F( LibraryReportTest, OverlappingServiceAreasGoToTheLowestFeatureIdAndAreLogged )
{
  // A third library covers b as well as Noord & Zuid does.
  addFeature( libraries.get(), { QStringLiteral( "Bibliotheek Overlap" ) }, square( 100, 0, 300, 100 ) );
  const std::unique_ptr<Outcome> outcome = run( parameters() );
  ASSERT_TRUE( outcome->run.ok ) << outcome->run.error.toStdString();
  EXPECT_EQ( outcome->run.results.value( LibraryReportAlgorithm::AREAS_IN_SEVERAL ).toLongLong(), 1 );
  EXPECT_EQ( outcome->areaByCode.value( QStringLiteral( "WK000102" ) ).attribute( schema::kLibraryName ).toString(), QStringLiteral( "Bibliotheek Noord & Zuid" ) );
  EXPECT_EQ( outcome->libraryByName.value( QStringLiteral( "Bibliotheek Overlap" ) ).attribute( schema::kAreaCount ).toLongLong(), 0 );
  EXPECT_TRUE( outcome->log().contains( QStringLiteral( "1 areas lie in more than one service area" ) ) ) << outcome->log().toStdString();
  EXPECT_TRUE( outcome->log().contains( QStringLiteral( "lowest feature id" ) ) );
  EXPECT_TRUE( outcome->file( QStringLiteral( "index.html" ) ).contains( QStringLiteral( "more than one service area" ) ) );
}

TEST_F( LibraryReportTest, ReportsPerLibraryAndAnIndexThatLinksThem )
{
  const std::unique_ptr<Outcome> outcome = run( parameters() );
  ASSERT_TRUE( outcome->run.ok ) << outcome->run.error.toStdString();
  const QDir folder( outcome->folder );
  EXPECT_EQ( outcome->run.results.value( LibraryReportAlgorithm::INDEX_HTML ).toString(), folder.filePath( QStringLiteral( "index.html" ) ) );
  for ( const QString &name : { QStringLiteral( "index.html" ), QStringLiteral( "bibliotheek-noord-zuid.html" ), QStringLiteral( "bibliotheek-noord-zuid_map.png" ),
                                QStringLiteral( "bibliotheek-oost.html" ), QStringLiteral( "bibliotheek-oost_map.png" ) } )
    EXPECT_TRUE( QFileInfo::exists( folder.filePath( name ) ) ) << name.toStdString();

  const QString index = outcome->file( QStringLiteral( "index.html" ) );
  EXPECT_TRUE( index.contains( QStringLiteral( "<a href=\"bibliotheek-noord-zuid.html\">Bibliotheek Noord &amp; Zuid</a>" ) ) ) << index.toStdString();
  EXPECT_TRUE( index.contains( QStringLiteral( "<a href=\"bibliotheek-oost.html\">Bibliotheek Oost</a>" ) ) );
  EXPECT_TRUE( index.contains( QStringLiteral( "No service area" ) ) );
  EXPECT_TRUE( index.contains( QStringLiteral( "1 areas with 12 households lie in no library" ) ) ) << index.toStdString();
  // All areas: 67 households.
  EXPECT_TRUE( index.contains( QStringLiteral( "<tr class=\"strong\"><td>All areas</td><td class=\"n\">4</td><td class=\"n\">67</td>" ) ) ) << index.toStdString();

  const QString north = outcome->file( QStringLiteral( "bibliotheek-noord-zuid.html" ) );
  EXPECT_TRUE( north.contains( QStringLiteral( "Target group: Bibliotheek Noord &amp; Zuid" ) ) );
  EXPECT_TRUE( north.contains( QStringLiteral( "<a href=\"index.html\">" ) ) );
  EXPECT_TRUE( north.contains( QStringLiteral( "2 areas, 50 households, of which 10 (95% interval 4–16)" ) ) ) << north.toStdString();
  EXPECT_TRUE( north.contains( QStringLiteral( "the members reach 25.0%" ) ) ) << north.toStdString();
  EXPECT_TRUE( north.contains( QStringLiteral( "src=\"bibliotheek-noord-zuid_map.png\"" ) ) ) << north.toStdString();
  // A polygon service area is drawn over its areas.
  EXPECT_TRUE( north.contains( QStringLiteral( "The dashed line is the boundary of the service area." ) ) );
  // Only its own areas.
  EXPECT_TRUE( north.contains( QStringLiteral( "WK000102" ) ) );
  EXPECT_FALSE( north.contains( QStringLiteral( "WK000201" ) ) );
  const QString oost = outcome->file( QStringLiteral( "bibliotheek-oost.html" ) );
  EXPECT_TRUE( oost.contains( QStringLiteral( "fewer than 10, so the figures are suppressed" ) ) ) << oost.toStdString();
  // Its only area is suppressed too: the reach is withheld, not "unknown".
  EXPECT_TRUE( oost.contains( QStringLiteral( "Every area is suppressed, so no reach per area can be shown." ) ) ) << oost.toStdString();
  EXPECT_FALSE( oost.contains( QStringLiteral( "Membership is not known" ) ) );
}

TEST_F( LibraryReportTest, TemporaryOutputFolderIsAFolderOfItsOwn )
{
  QVariantMap p = parameters();
  p.insert( LibraryReportAlgorithm::OUTPUT_FOLDER, QgsProcessing::TEMPORARY_OUTPUT );
  const std::unique_ptr<Outcome> outcome = run( p );
  ASSERT_TRUE( outcome->run.ok ) << outcome->run.error.toStdString();
  EXPECT_NE( outcome->folder, QgsProcessing::TEMPORARY_OUTPUT );
  EXPECT_TRUE( QFileInfo( outcome->folder ).isAbsolute() ) << outcome->folder.toStdString();
  EXPECT_TRUE( QFileInfo::exists( QDir( outcome->folder ).filePath( QStringLiteral( "index.html" ) ) ) ) << outcome->folder.toStdString();
  EXPECT_FALSE( QFileInfo::exists( QgsProcessing::TEMPORARY_OUTPUT ) );
}

TEST_F( LibraryReportTest, TopNLimitsTheRankings )
{
  QVariantMap p = parameters();
  p.insert( LibraryReportAlgorithm::MIN_COUNT, 0 );
  p.insert( LibraryReportAlgorithm::TOP_N, 1 );
  std::unique_ptr<Outcome> outcome = run( p );
  ASSERT_TRUE( outcome->run.ok ) << outcome->run.error.toStdString();
  // b leads both rankings (6.0 expected, 5.0 untapped); a (4.0, 2.5) is left out.
  QString north = outcome->file( QStringLiteral( "bibliotheek-noord-zuid.html" ) );
  EXPECT_TRUE( north.contains( QStringLiteral( "WK000102" ) ) );
  EXPECT_FALSE( north.contains( QStringLiteral( "WK000101" ) ) );
  p.insert( LibraryReportAlgorithm::TOP_N, 10 );
  outcome = run( p );
  ASSERT_TRUE( outcome->run.ok ) << outcome->run.error.toStdString();
  north = outcome->file( QStringLiteral( "bibliotheek-noord-zuid.html" ) );
  EXPECT_TRUE( north.contains( QStringLiteral( "WK000101" ) ) );
}

TEST_F( LibraryReportTest, AreaNameFieldNamesTheAreas )
{
  QVariantMap p = parameters();
  p.insert( LibraryReportAlgorithm::MIN_COUNT, 0 );
  std::unique_ptr<Outcome> outcome = run( p );
  ASSERT_TRUE( outcome->run.ok ) << outcome->run.error.toStdString();
  // By default statnaam.
  EXPECT_TRUE( outcome->file( QStringLiteral( "bibliotheek-oost.html" ) ).contains( QStringLiteral( "<td>c</td>" ) ) );
  p.insert( LibraryReportAlgorithm::AREA_NAME_FIELD, QStringLiteral( "statcode" ) );
  outcome = run( p );
  ASSERT_TRUE( outcome->run.ok ) << outcome->run.error.toStdString();
  EXPECT_FALSE( outcome->file( QStringLiteral( "bibliotheek-oost.html" ) ).contains( QStringLiteral( "<td>c</td>" ) ) );
  p.insert( LibraryReportAlgorithm::AREA_NAME_FIELD, QStringLiteral( "naam" ) );
  const QString error = errorOf( p );
  EXPECT_TRUE( error.contains( QStringLiteral( "AREAS has no field \"naam\" (AREA_NAME_FIELD)" ) ) ) << error.toStdString();
}

TEST_F( LibraryReportTest, ProfileGivesTheSoftCharacteristics )
{
  QVariantMap p = parameters();
  EXPECT_TRUE( run( p )->file( QStringLiteral( "bibliotheek-noord-zuid.html" ) ).contains( QStringLiteral( "No profile was given" ) ) );

  engine::Profile profile;
  profile.seedExpression = "\"easy\" = 1";
  profile.seedCount = 100;
  profile.baseCount = 1000;
  engine::ProfileField hobby;
  hobby.name = "hobby";
  hobby.usedForScoring = false;
  hobby.categories = { { "cooking", 50, 500 }, { "gaming", 10, 300 }, { "reading", 40, 200 } };
  engine::ProfileField education;
  education.name = "education";
  education.categories = { { "low", 70, 400 }, { "high", 30, 600 } };
  profile.fields = { education, hobby };
  const QString profilePath = directory.filePath( QStringLiteral( "profile.json" ) );
  writeProfileFile( profile, profilePath );
  p.insert( LibraryReportAlgorithm::PROFILE, profilePath );
  const std::unique_ptr<Outcome> outcome = run( p );
  ASSERT_TRUE( outcome->run.ok ) << outcome->run.error.toStdString();
  EXPECT_TRUE( outcome->file( QStringLiteral( "bibliotheek-noord-zuid.html" ) ).contains( QStringLiteral( "<td>reading</td>" ) ) );

  p.insert( LibraryReportAlgorithm::PROFILE, directory.filePath( QStringLiteral( "absent.json" ) ) );
  EXPECT_TRUE( errorOf( p ).contains( QStringLiteral( "absent.json" ) ) );
}

TEST_F( LibraryReportTest, GemeenteCodesAssignAreasWithoutGeometry )
{
  // A table: Alpha serves GM0001 and GM0003 (written with a semicolon, a space and in lower case), Beta GM0002.
  auto table = memoryLayer( QStringLiteral( "None?field=name:string&field=gm_codes:string" ), QStringLiteral( "gemeenten" ) );
  addFeature( table.get(), { QStringLiteral( "Alpha" ), QStringLiteral( "GM0001; gm0003" ) } );
  addFeature( table.get(), { QStringLiteral( "Beta" ), QStringLiteral( "GM0002" ) } );
  QVariantMap p = parameters();
  p.insert( LibraryReportAlgorithm::LIBRARIES, QVariant::fromValue( table.get() ) );
  p.insert( LibraryReportAlgorithm::MIN_COUNT, 0 );
  const std::unique_ptr<Outcome> outcome = run( p );
  ASSERT_TRUE( outcome->run.ok ) << outcome->run.error.toStdString();
  // Alpha: a + b + d = 62 households; Beta: c = 5.
  EXPECT_EQ( outcome->libraryByName.value( QStringLiteral( "Alpha" ) ).attribute( schema::kHouseholds ).toLongLong(), 62 );
  EXPECT_EQ( outcome->libraryByName.value( QStringLiteral( "Alpha" ) ).attribute( schema::kAreaCount ).toLongLong(), 3 );
  EXPECT_EQ( outcome->libraryByName.value( QStringLiteral( "Beta" ) ).attribute( schema::kHouseholds ).toLongLong(), 5 );
  EXPECT_EQ( outcome->run.results.value( LibraryReportAlgorithm::AREAS_UNASSIGNED ).toLongLong(), 0 );
  EXPECT_TRUE( outcome->file( QStringLiteral( "alpha.html" ) ).contains( QStringLiteral( "GM0001, GM0003" ) ) );
  // Without a polygon there is no boundary to draw; the map shows the library's areas.
  EXPECT_FALSE( outcome->file( QStringLiteral( "alpha.html" ) ).contains( QStringLiteral( "dashed line" ) ) );
  EXPECT_TRUE( outcome->log().contains( QStringLiteral( "3 gemeenten are listed in GM_CODES" ) ) ) << outcome->log().toStdString();
}

TEST_F( LibraryReportTest, GemeenteCodesComeBeforePolygons )
{
  // Polygon (fid 1, no codes) covers a, b and c; Codes (fid 2) lists GM0001 and has a polygon far away that is not used.
  auto mixed = memoryLayer( QStringLiteral( "Polygon?crs=EPSG:28992&field=name:string&field=GM_CODES:string" ), QStringLiteral( "mixed" ) );
  addFeature( mixed.get(), { QStringLiteral( "Polygon" ), QVariant() }, square( 0, 0, 200, 200 ) );
  addFeature( mixed.get(), { QStringLiteral( "Codes" ), QStringLiteral( "GM0001" ) }, square( 500, 500, 600, 600 ) );
  QVariantMap p = parameters();
  p.insert( LibraryReportAlgorithm::LIBRARIES, QVariant::fromValue( mixed.get() ) );
  const std::unique_ptr<Outcome> outcome = run( p );
  ASSERT_TRUE( outcome->run.ok ) << outcome->run.error.toStdString();
  EXPECT_EQ( outcome->areaByCode.value( QStringLiteral( "WK000101" ) ).attribute( schema::kLibraryName ).toString(), QStringLiteral( "Codes" ) );
  EXPECT_EQ( outcome->areaByCode.value( QStringLiteral( "WK000102" ) ).attribute( schema::kLibraryName ).toString(), QStringLiteral( "Codes" ) );
  EXPECT_EQ( outcome->areaByCode.value( QStringLiteral( "WK000201" ) ).attribute( schema::kLibraryName ).toString(), QStringLiteral( "Polygon" ) );
  // d lies in the polygon of Codes, which is not used: in no service area.
  EXPECT_TRUE( outcome->areaByCode.value( QStringLiteral( "WK000301" ) ).attribute( schema::kLibraryName ).isNull() );
  EXPECT_EQ( outcome->run.results.value( LibraryReportAlgorithm::UNASSIGNED_HOUSEHOLDS ).toLongLong(), 12 );
  EXPECT_TRUE( outcome->log().contains( QStringLiteral( "(2 by gemeente code, 1 by point on surface)" ) ) ) << outcome->log().toStdString();
}

TEST_F( LibraryReportTest, AreaCodeFieldChoosesTheCodes )
{
  auto table = memoryLayer( QStringLiteral( "None?field=name:string&field=GM_CODES:string" ), QStringLiteral( "gemeenten" ) );
  addFeature( table.get(), { QStringLiteral( "Alpha" ), QStringLiteral( "GM0001" ) } );
  QVariantMap p = parameters();
  p.insert( LibraryReportAlgorithm::LIBRARIES, QVariant::fromValue( table.get() ) );
  // statnaam holds no codes: nothing is assigned.
  p.insert( LibraryReportAlgorithm::AREA_CODE_FIELD, QStringLiteral( "statnaam" ) );
  std::unique_ptr<Outcome> outcome = run( p );
  ASSERT_TRUE( outcome->run.ok ) << outcome->run.error.toStdString();
  EXPECT_EQ( outcome->run.results.value( LibraryReportAlgorithm::AREAS_ASSIGNED ).toLongLong(), 0 );
  p.insert( LibraryReportAlgorithm::AREA_CODE_FIELD, QStringLiteral( "code" ) );
  QString error = errorOf( p );
  EXPECT_TRUE( error.contains( QStringLiteral( "AREAS has no area code field \"code\" (AREA_CODE_FIELD)" ) ) ) << error.toStdString();
  p.insert( LibraryReportAlgorithm::AREA_CODE_FIELD, QString() );
  error = errorOf( p );
  EXPECT_TRUE( error.contains( QStringLiteral( "(AREA_CODE_FIELD)" ) ) ) << error.toStdString();
}

TEST_F( LibraryReportTest, GemeenteCodeErrors )
{
  auto table = memoryLayer( QStringLiteral( "None?field=name:string&field=GM_CODES:string" ), QStringLiteral( "gemeenten" ) );
  addFeature( table.get(), { QStringLiteral( "Alpha" ), QStringLiteral( "GM0001,GM0002" ) } );
  addFeature( table.get(), { QStringLiteral( "Beta" ), QStringLiteral( "GM0002" ) } );
  QVariantMap p = parameters();
  p.insert( LibraryReportAlgorithm::LIBRARIES, QVariant::fromValue( table.get() ) );
  QString error = errorOf( p );
  EXPECT_TRUE( error.contains( QStringLiteral( "The gemeente GM0002 is listed in GM_CODES of both \"Alpha\" and \"Beta\"" ) ) ) << error.toStdString();

  auto bad = memoryLayer( QStringLiteral( "None?field=name:string&field=GM_CODES:string" ), QStringLiteral( "gemeenten" ) );
  addFeature( bad.get(), { QStringLiteral( "Alpha" ), QStringLiteral( "GM0001, 0228" ) } );
  p.insert( LibraryReportAlgorithm::LIBRARIES, QVariant::fromValue( bad.get() ) );
  error = errorOf( p );
  EXPECT_TRUE( error.contains( QStringLiteral( "Library \"Alpha\" (feature 1) of LIBRARIES lists \"0228\" in GM_CODES, which is not a gemeente code" ) ) ) << error.toStdString();

  // A table without GM_CODES has no service areas at all.
  auto names = memoryLayer( QStringLiteral( "None?field=name:string" ), QStringLiteral( "names" ) );
  addFeature( names.get(), { QStringLiteral( "Alpha" ) } );
  p.insert( LibraryReportAlgorithm::LIBRARIES, QVariant::fromValue( names.get() ) );
  error = errorOf( p );
  EXPECT_TRUE( error.contains( QStringLiteral( "LIBRARIES has neither geometry nor a field GM_CODES" ) ) ) << error.toStdString();

  // In a table with GM_CODES, a library without codes has no service area.
  auto partly = memoryLayer( QStringLiteral( "None?field=name:string&field=GM_CODES:string" ), QStringLiteral( "gemeenten" ) );
  addFeature( partly.get(), { QStringLiteral( "Alpha" ), QStringLiteral( "GM0001" ) } );
  addFeature( partly.get(), { QStringLiteral( "Beta" ), QString() } );
  p.insert( LibraryReportAlgorithm::LIBRARIES, QVariant::fromValue( partly.get() ) );
  error = errorOf( p );
  EXPECT_TRUE( error.contains( QStringLiteral( "Library \"Beta\" (feature 2) of LIBRARIES has neither a service-area polygon nor gemeente codes" ) ) ) << error.toStdString();
}

TEST_F( LibraryReportTest, LibraryNameErrors )
{
  QVariantMap p = parameters();
  p.insert( LibraryReportAlgorithm::LIBRARY_NAME_FIELD, QStringLiteral( "naam" ) );
  QString error = errorOf( p );
  EXPECT_TRUE( error.contains( QStringLiteral( "LIBRARIES has no field \"naam\" (LIBRARY_NAME_FIELD)" ) ) ) << error.toStdString();

  addFeature( libraries.get(), { QStringLiteral( "Bibliotheek Oost" ) }, square( 500, 500, 600, 600 ) );
  error = errorOf( parameters() );
  EXPECT_TRUE( error.contains( QStringLiteral( "Two libraries of LIBRARIES are named \"Bibliotheek Oost\" (features 2 and 3" ) ) ) << error.toStdString();

  auto unnamed = librariesLayer();
  addFeature( unnamed.get(), { QVariant() }, square( 500, 500, 600, 600 ) );
  p = parameters();
  p.insert( LibraryReportAlgorithm::LIBRARIES, QVariant::fromValue( unnamed.get() ) );
  error = errorOf( p );
  EXPECT_TRUE( error.contains( QStringLiteral( "Library feature 3 of LIBRARIES has no name in the field \"name\"" ) ) ) << error.toStdString();

  auto none = memoryLayer( QStringLiteral( "Polygon?crs=EPSG:28992&field=name:string" ), QStringLiteral( "empty" ) );
  p.insert( LibraryReportAlgorithm::LIBRARIES, QVariant::fromValue( none.get() ) );
  error = errorOf( p );
  EXPECT_TRUE( error.contains( QStringLiteral( "LIBRARIES has no features" ) ) ) << error.toStdString();

  // A polygon layer: a library without a polygon and without codes.
  auto withoutGeometry = librariesLayer();
  addFeature( withoutGeometry.get(), { QStringLiteral( "Bibliotheek Nergens" ) } );
  p.insert( LibraryReportAlgorithm::LIBRARIES, QVariant::fromValue( withoutGeometry.get() ) );
  error = errorOf( p );
  EXPECT_TRUE( error.contains( QStringLiteral( "Library \"Bibliotheek Nergens\" (feature 3) of LIBRARIES has neither a service-area polygon nor gemeente codes" ) ) ) << error.toStdString();
}

TEST_F( LibraryReportTest, AreasThatAreNotUnsuppressedAggregatesAreRefused )
{
  // A suppressed area: its sums are withheld.
  auto suppressed = areasLayer();
  addFeature( suppressed.get(), { QStringLiteral( "WK000202" ), QStringLiteral( "e" ), 3, QVariant(), QVariant(), QVariant(), QVariant(), QVariant(), 1 }, square( 100, 100, 200, 200 ) );
  QVariantMap p = parameters();
  p.insert( LibraryReportAlgorithm::AREAS, QVariant::fromValue( suppressed.get() ) );
  QString error = errorOf( p );
  EXPECT_TRUE( error.contains( QStringLiteral( "Area WK000202 (feature 5) of AREAS is suppressed" ) ) ) << error.toStdString();
  EXPECT_TRUE( error.contains( QStringLiteral( "MIN_COUNT 0" ) ) ) << error.toStdString();

  // Figures that cannot come from households.
  auto edited = areasLayer();
  addFeature( edited.get(), { QStringLiteral( "WK000202" ), QStringLiteral( "e" ), 3, 4.0, 1.0, 0, 0, 0.0, 0 }, square( 100, 100, 200, 200 ) );
  p.insert( LibraryReportAlgorithm::AREAS, QVariant::fromValue( edited.get() ) );
  error = errorOf( p );
  EXPECT_TRUE( error.contains( QStringLiteral( "cannot come from households" ) ) ) << error.toStdString();

  // A missing sum.
  auto empty = areasLayer();
  addFeature( empty.get(), { QStringLiteral( "WK000202" ), QStringLiteral( "e" ), 3, QVariant(), 1.0, 0, 0, 0.0, 0 }, square( 100, 100, 200, 200 ) );
  p.insert( LibraryReportAlgorithm::AREAS, QVariant::fromValue( empty.get() ) );
  error = errorOf( p );
  EXPECT_TRUE( error.contains( QStringLiteral( "has no value in \"tg_expected\"" ) ) ) << error.toStdString();

  // Not an aggregate at all.
  auto plain = memoryLayer( QStringLiteral( "Polygon?crs=EPSG:28992&field=statcode:string" ), QStringLiteral( "plain" ) );
  p.insert( LibraryReportAlgorithm::AREAS, QVariant::fromValue( plain.get() ) );
  error = errorOf( p );
  EXPECT_TRUE( error.contains( QStringLiteral( "AREAS has no field \"hh_total\"" ) ) ) << error.toStdString();

  // Already tagged with a library.
  auto tagged = memoryLayer( kAreasUri + QStringLiteral( "&field=library_name:string" ), QStringLiteral( "tagged" ) );
  p.insert( LibraryReportAlgorithm::AREAS, QVariant::fromValue( tagged.get() ) );
  error = errorOf( p );
  EXPECT_TRUE( error.contains( QStringLiteral( "AREAS already has a field \"library_name\"" ) ) ) << error.toStdString();
}

TEST_F( LibraryReportTest, WithoutMembershipTheMembershipFiguresStayEmpty )
{
  auto noMembers = memoryLayer( kAreasUri, QStringLiteral( "wijken" ) );
  addFeature( noMembers.get(), { QStringLiteral( "WK000101" ), QStringLiteral( "a" ), 20, 4.0, 3.2, 2, QVariant(), QVariant(), 0 }, square( 0, 0, 100, 100 ) );
  QVariantMap p = parameters();
  p.insert( LibraryReportAlgorithm::AREAS, QVariant::fromValue( noMembers.get() ) );
  const std::unique_ptr<Outcome> outcome = run( p );
  ASSERT_TRUE( outcome->run.ok ) << outcome->run.error.toStdString();
  const QgsFeature north = outcome->libraryByName.value( QStringLiteral( "Bibliotheek Noord & Zuid" ) );
  EXPECT_DOUBLE_EQ( number( north, schema::kExpected ), 4.0 );
  EXPECT_TRUE( north.attribute( schema::kMembers ).isNull() );
  EXPECT_TRUE( north.attribute( schema::kReach ).isNull() );
}

TEST_F( LibraryReportTest, LibrariesInAnotherCrsAreReprojected )
{
  // Noord & Zuid and Oost in Web Mercator (EPSG:3857), cut round the same squares in RD.
  auto mercator = memoryLayer( QStringLiteral( "Polygon?crs=EPSG:3857&field=name:string" ), QStringLiteral( "mercator" ) );
  const QgsCoordinateTransform toMercator( QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:28992" ) ), QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:3857" ) ), QgsProject::instance() );
  for ( const auto &[name, wkt] : { std::pair{ QStringLiteral( "Bibliotheek Noord & Zuid" ), square( 0, 0, 200, 100 ) }, std::pair{ QStringLiteral( "Bibliotheek Oost" ), square( 0, 100, 100, 200 ) } } )
  {
    QgsGeometry geometry = QgsGeometry::fromWkt( wkt ).densifyByCount( 20 );
    geometry.transform( toMercator );
    addFeature( mercator.get(), { name }, geometry.asWkt() );
  }
  QVariantMap p = parameters();
  p.insert( LibraryReportAlgorithm::LIBRARIES, QVariant::fromValue( mercator.get() ) );
  const std::unique_ptr<Outcome> outcome = run( p );
  ASSERT_TRUE( outcome->run.ok ) << outcome->run.error.toStdString();
  EXPECT_EQ( outcome->libraryByName.value( QStringLiteral( "Bibliotheek Noord & Zuid" ) ).attribute( schema::kHouseholds ).toLongLong(), 50 );
  EXPECT_EQ( outcome->libraryByName.value( QStringLiteral( "Bibliotheek Oost" ) ).attribute( schema::kHouseholds ).toLongLong(), 5 );
}

TEST_F( LibraryReportTest, ParameterRangesAreChecked )
{
  QVariantMap p = parameters();
  p.insert( LibraryReportAlgorithm::MIN_COUNT, -1 );
  EXPECT_TRUE( errorOf( p ).contains( QStringLiteral( "MIN_COUNT" ) ) );
  p = parameters();
  p.insert( LibraryReportAlgorithm::TOP_N, 0 );
  EXPECT_TRUE( errorOf( p ).contains( QStringLiteral( "TOP_N" ) ) );
}

TEST( LibraryReportNames, SafeAndUniqueFileNames )
{
  EXPECT_EQ( LibraryReportAlgorithm::safeFileName( QStringLiteral( "Bibliotheek Ede" ) ), QStringLiteral( "bibliotheek-ede" ) );
  EXPECT_EQ( LibraryReportAlgorithm::safeFileName( QStringLiteral( "Bibliotheek 's-Hertogenbosch / Café" ) ), QStringLiteral( "bibliotheek-s-hertogenbosch-cafe" ) );
  EXPECT_EQ( LibraryReportAlgorithm::safeFileName( QStringLiteral( "../../etc/passwd" ) ), QStringLiteral( "etc-passwd" ) );
  EXPECT_EQ( LibraryReportAlgorithm::safeFileName( QStringLiteral( "***" ) ), QStringLiteral( "library" ) );
  EXPECT_EQ( LibraryReportAlgorithm::safeFileName( QString( 100, QLatin1Char( 'a' ) ) ).size(), 60 );
  EXPECT_EQ( LibraryReportAlgorithm::uniqueFileNames( { QStringLiteral( "Ede" ), QStringLiteral( "EDE" ), QStringLiteral( "ede!" ), QStringLiteral( "Index" ), QStringLiteral( "?" ) } ),
             ( QStringList{ QStringLiteral( "ede" ), QStringLiteral( "ede-2" ), QStringLiteral( "ede-3" ), QStringLiteral( "index-2" ), QStringLiteral( "library" ) } ) );
}

TEST( LibraryReportNames, GemeenteCodesAreSplitAtCommasSemicolonsAndSpaces )
{
  EXPECT_EQ( LibraryReportAlgorithm::splitGemeenteCodes( QStringLiteral( "GM0228,GM0203" ) ), ( QStringList{ QStringLiteral( "GM0228" ), QStringLiteral( "GM0203" ) } ) );
  EXPECT_EQ( LibraryReportAlgorithm::splitGemeenteCodes( QStringLiteral( " gm0228 ; GM0203\tGM0345 ,, " ) ),
             ( QStringList{ QStringLiteral( "GM0228" ), QStringLiteral( "GM0203" ), QStringLiteral( "GM0345" ) } ) );
  EXPECT_TRUE( LibraryReportAlgorithm::splitGemeenteCodes( QStringLiteral( " " ) ).isEmpty() );
}

TEST( LibraryReportNames, Metadata )
{
  LibraryReportAlgorithm algorithm;
  EXPECT_EQ( algorithm.name(), QStringLiteral( "libraryreport" ) );
  EXPECT_TRUE( algorithm.shortHelpString().contains( QStringLiteral( "GM_CODES" ) ) );
  EXPECT_TRUE( algorithm.shortHelpString().contains( QStringLiteral( "lowest feature id" ) ) );
}
