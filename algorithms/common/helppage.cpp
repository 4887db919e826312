#include "common/helppage.h"

#include "common/htmlwriter.h"
#include "common/parametercheck.h"
#include "common/qgiscompat.h"

#include <qgsexception.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingoutputs.h>
#include <qgsprocessingparameters.h>

#include <QDir>
#include <QLocale>
#include <QUrl>

namespace targetgroup
{

namespace
{

QString defaultText( const QgsProcessingParameterDefinition *definition )
{
  const QVariant value = definition->defaultValue();
  if ( !value.isValid() || value.isNull() || value.toString().isEmpty() )
    return html::missing();
  if ( definition->isDestination() )
    return QObject::tr( "temporary output" );
  return value.toString();
}

QString rangeOf( const QgsProcessingParameterDefinition *definition )
{
  if ( definition->type() != QgsProcessingParameterNumber::typeName() )
    return html::missing();
  return rangeText( static_cast<const QgsProcessingParameterNumber *>( definition ) );
}

//! The help text as HTML: it is HTML already when it has paragraphs, else plain lines.
QString helpAsHtml( const QString &help )
{
  if ( help.contains( QLatin1String( "<p>" ) ) )
    return help;
  QString text = help;
  return text.replace( QLatin1Char( '\n' ), QLatin1String( "<br>" ) );
}

html::Document helpPage( const QgsProcessingAlgorithm &algorithm )
{
  html::Document page( algorithm.displayName() );
  page.addHeading( 1, algorithm.displayName() );
  if ( !algorithm.shortDescription().isEmpty() )
    page.addParagraph( algorithm.shortDescription() );

  page.addHeading( 2, QObject::tr( "Parameters" ) );
  page.addParagraph( QObject::tr( "As the dialog shows them. The id is the name to use in batch jobs, models and qgis_process (--ID=value)." ) );
  html::Table parameters( { QObject::tr( "Parameter" ), QObject::tr( "Id" ), QObject::tr( "Default" ), QObject::tr( "Range" ), QObject::tr( "Optional" ) } );
  const QgsProcessingParameterDefinitions definitions = algorithm.parameterDefinitions();
  for ( const QgsProcessingParameterDefinition *definition : definitions )
  {
    const bool optional = definition->flags() & compat::ParameterOptional;
    parameters.addRow( { html::Cell::text( definition->description() ), html::Cell::text( definition->name() ), html::Cell::text( defaultText( definition ) ),
                         html::Cell::text( rangeOf( definition ) ), html::Cell::text( optional ? QObject::tr( "yes" ) : QObject::tr( "no" ) ) } );
  }
  page.addTable( parameters );

  const QgsProcessingOutputDefinitions outputs = algorithm.outputDefinitions();
  if ( !outputs.isEmpty() )
  {
    page.addHeading( 2, QObject::tr( "Results" ) );
    html::Table results( { QObject::tr( "Result" ), QObject::tr( "Id" ) } );
    for ( const QgsProcessingOutputDefinition *output : outputs )
      results.addRow( { html::Cell::text( output->description() ), html::Cell::text( output->name() ) } );
    page.addTable( results );
  }

  page.addHeading( 2, QObject::tr( "How it works" ) );
  page.addMarkup( QStringLiteral( "<div>%1</div>" ).arg( helpAsHtml( algorithm.shortHelpString() ) ) );
  return page;
}

} // namespace

QString helpPageHtml( const QgsProcessingAlgorithm &algorithm )
{
  return helpPage( algorithm ).toHtml();
}

QString helpPageUrl( const QgsProcessingAlgorithm &algorithm )
{
  const QString path = QDir::temp().filePath( QStringLiteral( "targetgroup-help/%1/%2.html" ).arg( QLocale().name(), algorithm.name() ) );
  try
  {
    helpPage( algorithm ).write( path );
  }
  catch ( const QgsProcessingException & )
  {
    return QString();
  }
  return QUrl::fromLocalFile( path ).toString();
}

} // namespace targetgroup
