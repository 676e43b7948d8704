// Held out, fourth batch. An encyclopedia-style article on garbage collection in programming languages,
// and students' short answers written from it (or not).
import type { AnswerSet } from '../answers/types'

const source = `In computer science, garbage collection is a form of automatic memory management. The garbage collector attempts to reclaim memory that was allocated by the program but is no longer referenced, and is therefore called garbage. It was invented by John McCarthy around 1959 to simplify memory management in the Lisp programming language.

Garbage collection relieves the programmer of the need to free memory manually. This prevents several kinds of bugs, such as dangling pointers, which occur when memory is freed while references to it still exist, and double frees, when a program tries to free memory that has already been freed. It also reduces some memory leaks, although a program can still leak memory by keeping references to objects it no longer needs.

The two main approaches are tracing and reference counting. A tracing collector starts from a set of roots, such as global variables and the call stack, marks every object that can be reached from them, and then sweeps away the rest. Reference counting keeps a count of the references to each object and frees the object when its count falls to zero, but it cannot reclaim cycles of objects that refer to each other without extra work.

Garbage collection has costs. It uses processor time, and a collector may pause the program while it runs, which is a problem for real-time systems. Modern collectors, such as those in Java and .NET, are generational: they collect young objects more often, because most objects die young.`

const cut = `In computer science, garbage collection is a form of automatic memory management. The garbage collector attempts to reclaim memory that was allocated by the program but is no longer referenced, and is therefore called "garbage". It was invented by John McCarthy around 1959 to simplify memory management in Lisp.

Garbage collection relieves the programmer of the need to free memory manually. This prevents several kinds of bugs, such as dangling pointers and double frees. It also reduces some memory leaks, although a program can still leak memory by keeping references to objects it no longer needs.

The two main approaches are tracing and reference counting. A tracing collector starts from a set of roots, such as global variables and the call stack, marks every object that can be reached from them, and then sweeps away the rest. Reference counting keeps a count of the references to each object and frees the object when its count falls to zero, but it cannot reclaim cycles of objects that refer to each other without extra work.

Garbage collection has costs. It uses processor time, and a collector may pause the program while it runs. Modern collectors, such as those in Java and .NET, are generational.`

const light = `In computer science, garbage collection is a kind of automatic memory management. The garbage collector tries to recover memory that the program allocated but no longer refers to, which is therefore known as garbage. It was created by John McCarthy in about 1959 to make memory management simpler in the Lisp programming language.

Garbage collection frees the programmer from having to release memory by hand. This avoids several types of bug, for example dangling pointers, which happen when memory is released while there are still references to it, and double frees, where a program tries to release memory that has already been released. It also cuts down some memory leaks, though a program can still leak memory by holding references to objects that it does not need any more.

There are two main approaches, tracing and reference counting. A tracing collector begins from a set of roots, like global variables and the call stack, marks each object reachable from them, and then sweeps away everything else. Reference counting records how many references each object has and frees it once the count drops to zero, but without extra work it cannot recover cycles of objects which refer to one another.`

const heavy = `Programs constantly ask for memory, and sooner or later it has to be given back. In languages such as C the programmer does this by hand, which is a common source of bugs: freeing memory that something still points to leaves a dangling pointer, and freeing the same block twice is a double free. Garbage collection, which John McCarthy introduced for Lisp around 1959, hands the job to the language runtime. Any object the program can no longer reach is garbage, and the collector reclaims it automatically. Leaks are still possible, though, if the program holds on to references it will never use again.

Collectors work in one of two main ways. Reference counting tracks how many references point at each object and frees it as soon as that number reaches zero; its weakness is that a group of objects pointing at one another never reaches zero unless extra work is done. Tracing instead begins at the roots, the global variables and the call stack, marks everything reachable and sweeps up whatever was not marked.

None of this is free. Collection takes processor time and can pause the program, which real-time systems cannot afford. Because most objects die young, collectors in Java and .NET are generational and examine new objects most often.`

const heavyKeeps = `Garbage collection is a form of automatic memory management in computer science. Memory that a program allocated but no longer references is called garbage, and the garbage collector tries to reclaim it. John McCarthy invented the idea around 1959, to make memory management simpler in the Lisp programming language.

The main benefit is that the programmer does not need to free memory manually, and so several kinds of bugs are prevented. A dangling pointer occurs when memory is freed while references to it still exist. A double free is when a program tries to free memory that has already been freed. Some memory leaks are also avoided, but a program can still leak memory if it keeps references to objects it no longer needs.

There are two main approaches. Reference counting counts the references to each object and frees it when the count falls to zero, but it cannot reclaim cycles of objects that refer to each other without extra work. Tracing starts from roots such as global variables and the call stack, marks every object reachable from them and sweeps away the rest.

The costs are processor time and pauses in the program, which are a problem for real-time systems. Java and .NET use generational collectors, which collect young objects more often because most objects die young.`

const nonRust = `Rust is a systems programming language that aims to give programmers the speed and control of C and C++ while preventing many of the memory errors those languages allow. Unlike Java or Python, it does not use a garbage collector. Instead it relies on a set of rules called ownership, which the compiler checks before the program runs.

Every value in Rust has a single owner, usually a variable. When the owner goes out of scope, the value is dropped and its memory is freed automatically. Values can be borrowed through references, but the compiler's borrow checker makes sure that a reference never outlives the data it points to, so dangling pointers cannot occur in safe Rust code.

This approach has costs of its own. New Rust programmers often spend a long time fighting the borrow checker, and some data structures, such as graphs and doubly linked lists, are awkward to write. But because there is no garbage collector, Rust programs have no collection pauses, which makes the language attractive for operating systems, browsers and embedded devices.`

const nonCourseNotes = `Week 6 notes: the stack and the heap

When a program runs, it stores data in two main areas of memory. The stack holds local variables and information about function calls. Each time a function is called, a new frame is pushed onto the stack, and when the function returns, the frame is popped off. This is very fast, but the size of the data must be known in advance and it only lasts as long as the function call.

The heap is used for data whose size or lifetime is not known at compile time, such as a list that grows as the user adds items. In C, you request heap memory with malloc and give it back with free. If you forget to call free, the memory is never returned, which is a memory leak. If you call free too early and then use the pointer, the behaviour is undefined and the program may crash.

Languages like Java and Python manage the heap for you. Objects are created with new, or just by assigning a value, and the runtime reclaims them when they are no longer used. For the lab this week, run the two example programs and compare their memory use.`

export const garbageCollection: AnswerSet = {
  topic: 'garbage-collection',
  source,
  answers: [
    {
      level: 'cut',
      text: cut,
      note: 'copied with cuts (the explanations of dangling pointers and double frees, "programming language", real-time systems, "because most objects die young"); quotation marks added around "garbage"'
    },
    { level: 'light', text: light, note: 'sentences kept in order with synonyms; the last paragraph dropped' },
    {
      level: 'heavy',
      text: heavy,
      note: 'a heavy rewrite: opens with the problem (manual memory in C), McCarthy moved into the middle, reference counting before tracing; keeps the terms and a few phrases ("marks everything reachable", "most objects die young")'
    },
    {
      level: 'heavy',
      text: heavyKeeps,
      note: 'a second heavy rewrite that keeps much more of the source, as some students do: sentences split and merged, passives turned active, reference counting moved before tracing, but many phrases and the terms kept; near the border with a light revision'
    },
    {
      level: 'non',
      text: nonRust,
      note: 'Rust’s ownership instead of a garbage collector: memory freed automatically, dangling pointers, pauses'
    },
    {
      level: 'non',
      text: nonCourseNotes,
      note: 'course notes on the stack and the heap: memory leak, free, Java and Python reclaim objects no longer used'
    }
  ]
}
