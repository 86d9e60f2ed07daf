#pragma once

#include <cstddef>
#include <functional>
#include <new>
#include <type_traits>
#include <utility>

namespace routerlab {

// A `void()` callable for the scheduler that keeps its capture inside itself: std::function
// spills anything beyond two pointers to the heap, and a lab schedules millions of events. The
// inline room fits the largest hot captures (a segment's frame delivery: this, a weak guard,
// side, epoch, sequence and the frame, 64 bytes); a larger capture still works, boxed on the
// heap. Move-only, so captures may be move-only too.
class InlineAction {
public:
    static constexpr std::size_t kInlineBytes = 64;
    // Eight, not max_align_t's sixteen: an action takes 72 bytes rather than 80 in the pool.
    static constexpr std::size_t kInlineAlignment = alignof(void *);

    // Whether a callable of type F lives inside the action rather than in a heap box.
    template<class F>
    static constexpr bool storesInline = sizeof(F) <= kInlineBytes &&
                                         kInlineAlignment % alignof(F) == 0 &&
                                         std::is_nothrow_move_constructible_v<F>;

    InlineAction() noexcept = default;
    InlineAction(std::nullptr_t) noexcept {}

    template<class F>
        requires(!std::is_same_v<std::decay_t<F>, InlineAction> &&
                 std::is_invocable_r_v<void, std::decay_t<F> &>)
    InlineAction(F &&callable)
    {
        emplace(std::forward<F>(callable));
    }

    InlineAction(InlineAction &&other) noexcept { takeFrom(other); }
    InlineAction &operator=(InlineAction &&other) noexcept
    {
        if (this != &other) {
            reset();
            takeFrom(other);
        }
        return *this;
    }
    InlineAction(const InlineAction &) = delete;
    InlineAction &operator=(const InlineAction &) = delete;
    ~InlineAction() { reset(); }

    // Replaces the held callable; an InlineAction is taken over rather than wrapped.
    template<class F>
    void emplace(F &&callable)
    {
        using Stored = std::decay_t<F>;
        reset();
        if constexpr (std::is_same_v<Stored, InlineAction>) {
            takeFrom(callable);
        } else if constexpr (storesInline<Stored>) {
            ::new (static_cast<void *>(m_storage)) Stored(std::forward<F>(callable));
            m_operations = &kInlineOperations<Stored>;
        } else {
            Stored *boxed = new Stored(std::forward<F>(callable));
            ::new (static_cast<void *>(m_storage)) Stored *(boxed);
            m_operations = &kBoxedOperations<Stored>;
        }
    }

    explicit operator bool() const noexcept { return m_operations != nullptr; }
    // Calling an empty action is undefined; test it with operator bool first.
    void operator()() { m_operations->invoke(m_storage); }
    void reset() noexcept
    {
        if (m_operations) {
            m_operations->destroy(m_storage);
            m_operations = nullptr;
        }
    }

private:
    struct Operations {
        void (*invoke)(void *storage);
        // Move-constructs the callable into `to` and destroys it in `from`.
        void (*relocate)(void *from, void *to) noexcept;
        void (*destroy)(void *storage) noexcept;
    };

    template<class F>
    static F &inlineAt(void *storage) noexcept
    {
        return *std::launder(static_cast<F *>(storage));
    }
    template<class F>
    static F *&boxAt(void *storage) noexcept
    {
        return *std::launder(static_cast<F **>(storage));
    }

    template<class F>
    static constexpr Operations kInlineOperations{
        [](void *storage) { std::invoke(inlineAt<F>(storage)); },
        [](void *from, void *to) noexcept {
            ::new (to) F(std::move(inlineAt<F>(from)));
            inlineAt<F>(from).~F();
        },
        [](void *storage) noexcept { inlineAt<F>(storage).~F(); },
    };
    template<class F>
    static constexpr Operations kBoxedOperations{
        [](void *storage) { std::invoke(*boxAt<F>(storage)); },
        [](void *from, void *to) noexcept { ::new (to) F *(boxAt<F>(from)); },
        [](void *storage) noexcept { delete boxAt<F>(storage); },
    };

    void takeFrom(InlineAction &other) noexcept
    {
        if (other.m_operations) {
            other.m_operations->relocate(other.m_storage, m_storage);
            m_operations = std::exchange(other.m_operations, nullptr);
        }
    }

    alignas(kInlineAlignment) unsigned char m_storage[kInlineBytes];
    const Operations *m_operations = nullptr;
};

} // namespace routerlab
