// The help page behind each dialog's Help button: written from the
// algorithm's own definitions (labels, ids, defaults, ranges), so it matches
// the dialog, and reachable as a file URL.

#include "common/helppage.h"

#include <gtest/gtest.h>
#include <qgsapplication.h>
#include <qgsprocessingprovider.h>
#include <qgsprocessingregistry.h>

#include <QFile>
#include <QUrl>

using namespace targetgroup;

TEST( HelpPage, EveryAlgorithmHasAPageWithItsParametersByLabelAndId )
{
  const QgsProcessingProvider *provider = QgsApplication::processingRegistry()->providerById( QStringLiteral( "targetgroup" ) );
  ASSERT_TRUE( provider );
  for ( const QgsProcessingAlgorithm *algorithm : provider->algorithms() )
  {
    const QString url = algorithm->helpUrl();
    ASSERT_FALSE( url.isEmpty() ) << algorithm->id().toStdString();
    QFile page( QUrl( url ).toLocalFile() );
    ASSERT_TRUE( page.open( QIODevice::ReadOnly ) ) << url.toStdString();
    const QString html = QString::fromUtf8( page.readAll() );
    EXPECT_TRUE( html.contains( algorithm->displayName().toHtmlEscaped() ) ) << algorithm->id().toStdString();
    for ( const QgsProcessingParameterDefinition *definition : algorithm->parameterDefinitions() )
    {
      EXPECT_TRUE( html.contains( QStringLiteral( "<td>%1</td>" ).arg( definition->description().toHtmlEscaped() ) ) ) << algorithm->id().toStdString() << " " << definition->name().toStdString();
      EXPECT_TRUE( html.contains( QStringLiteral( "<td>%1</td>" ).arg( definition->name() ) ) ) << algorithm->id().toStdString() << " " << definition->name().toStdString();
    }
    EXPECT_TRUE( html.trimmed().endsWith( QLatin1String( "</html>" ) ) ) << "the page is complete";
  }
}

TEST( HelpPage, RangesAndDefaultsAreThoseOfTheDefinitions )
{
  const QgsProcessingAlgorithm *buildProfile = QgsApplication::processingRegistry()->algorithmById( QStringLiteral( "targetgroup:buildprofile" ) );
  ASSERT_TRUE( buildProfile );
  const QString html = helpPageHtml( *buildProfile );
  EXPECT_TRUE( html.contains( QStringLiteral( "<td>BINS</td><td" ) ) ) << html.toStdString();
  EXPECT_TRUE( html.contains( QStringLiteral( "from 2 to 20" ) ) ) << "the range in the words of the error messages";
  EXPECT_TRUE( html.contains( QStringLiteral( "index &lt; 110" ) ) ) << "the help text is kept as HTML, escaped";
}
