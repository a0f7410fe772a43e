package org.segmenta.codegen;

import java.io.File;
import java.util.Collections;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Regenerates the model code of a model bundle as Eclipse's "Generate Model Code" would: reloads the
 * genmodel from the ecore (keeping the genmodel's settings), saves it, then generates into its model
 * directory ({@code src-gen/}).
 */
public final class GenerateModel {

    private GenerateModel() {
    }

    /**
     * @param args the model bundle's folder, holding {@code model/segmenta.ecore} and {@code model/segmenta.genmodel}
     * @throws Exception when loading or generating fails; the diagnostic is printed
     */
    public static void main(String[] args) throws Exception {
        File bundle = new File(args.length > 0 ? args[0] : "bundles/org.segmenta.model").getCanonicalFile();
        String bsn = bundle.getName();
        EcorePackage.eINSTANCE.eClass();
        GenModelPackage.eINSTANCE.eClass();
        EcorePlugin.getPlatformResourceMap().put(bsn, URI.createFileURI(bundle.getPath() + "/"));

        ResourceSet rs = new ResourceSetImpl();
        Map<String, Object> factories = rs.getResourceFactoryRegistry().getExtensionToFactoryMap();
        factories.put("ecore", new EcoreResourceFactoryImpl());
        factories.put("genmodel", new XMIResourceFactoryImpl());

        URI genModelUri = URI.createPlatformResourceURI("/" + bsn + "/model/segmenta.genmodel", true);
        Resource oldResource = rs.getResource(genModelUri, true);
        GenModel old = (GenModel) oldResource.getContents().get(0);
        EPackage ePackage = (EPackage) rs
                .getResource(URI.createPlatformResourceURI("/" + bsn + "/model/segmenta.ecore", true), true)
                .getContents().get(0);

        // "Reload": a fresh genmodel from the ecore, reconciled with the old one's settings
        GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
        Resource newResource = new XMIResourceFactoryImpl().createResource(genModelUri.appendFileExtension("new"));
        rs.getResources().add(newResource);
        newResource.getContents().add(genModel);
        genModel.initialize(Collections.singleton(ePackage));
        genModel.getForeignModel().addAll(old.getForeignModel());
        genModel.reconcile(old);
        oldResource.getContents().set(0, genModel);
        oldResource.save(Collections.emptyMap());

        genModel.setCanGenerate(true);
        genModel.reconcile();
        Diagnostic validation = genModel.diagnose();
        if (validation.getSeverity() == Diagnostic.ERROR) {
            print(validation);
            System.exit(1);
        }
        Generator generator = new Generator();
        generator.getAdapterFactoryDescriptorRegistry().addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        generator.setInput(genModel);
        Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
                new BasicMonitor.Printing(System.out));
        print(result);
        if (result.getSeverity() == Diagnostic.ERROR) {
            System.exit(1);
        }
    }

    private static void print(Diagnostic d) {
        if (d.getSeverity() != Diagnostic.OK) {
            System.out.println(d.getMessage());
            for (Diagnostic c : d.getChildren()) {
                print(c);
            }
        }
    }
}
